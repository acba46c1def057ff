package org.peelrms.nominal.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the people index. {@value #KEYS}: each search key (already folded and coded by
 * NameKeys, e.g. "s:smith", "sp:SM0") is one token, as it is, so that it can be matched exactly or
 * with typing errors (fuzzy). {@value #TEXT}: words of free text, lower-cased and accents folded
 * (identifying marks: "dragon tattoo left forearm").
 */
public class NameAnalysis implements LuceneAnalysisConfigurer {
    public static final String KEYS = "keys";
    public static final String TEXT = "text";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(KEYS).custom().tokenizer("keyword");
        context.analyzer(TEXT).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}

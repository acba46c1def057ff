package org.peelrms.nominal.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the people index, by name. {@value #NAME}: split into words, lower-cased and
 * with accents folded, so that Łukasz finds Lukasz and Müller finds Muller.
 */
public class NameAnalysis implements LuceneAnalysisConfigurer {
    public static final String NAME = "name";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}

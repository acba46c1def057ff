package org.peelrms.nominal.internal;

import java.util.List;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one analyzer of the people index, {@value #TEXT}: words of free text, lower-cased and accents
 * folded (identifying marks: "dragon tattoo left forearm"). Declared here once, by the names of a
 * tokenizer and filters that Lucene and Elasticsearch/OpenSearch both have, so that a configurer for
 * another backend builds the same analyzer from {@link #TEXT_TOKENIZER} and {@link #TEXT_FILTERS}.
 * The name search's fields need no analysis: they are keyword fields of keys computed in Java (ADR 0035).
 */
public class NameAnalysis implements LuceneAnalysisConfigurer {
    public static final String TEXT = "text";
    public static final String TEXT_TOKENIZER = "standard";
    public static final List<String> TEXT_FILTERS = List.of("lowercase", "asciifolding");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var analyzer = context.analyzer(TEXT).custom().tokenizer(TEXT_TOKENIZER);
        TEXT_FILTERS.forEach(analyzer::tokenFilter);
    }
}

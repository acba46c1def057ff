package org.peelrms.nominal.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzer of the people index when it lives in OpenSearch (a cluster, ADR 0037): {@link NameAnalysis#TEXT},
 * built from the same tokenizer and filters, which OpenSearch has under the same names as Lucene, so that both
 * backends index every field the same way (the name search's own fields are keyword fields, ADR 0035).
 */
public class OpenSearchNameAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(NameAnalysis.TEXT).custom().tokenizer(NameAnalysis.TEXT_TOKENIZER)
                .tokenFilters(NameAnalysis.TEXT_FILTERS.toArray(String[]::new));
    }
}

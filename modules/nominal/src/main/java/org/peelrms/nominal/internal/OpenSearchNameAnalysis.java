package org.peelrms.nominal.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of the people index when it lives in OpenSearch (a cluster, ADR 0037): the same two as
 * {@link NameAnalysis} gives the embedded Lucene index, built from OpenSearch's own tokenizers and filters,
 * so that both backends index every field the same way.
 */
public class OpenSearchNameAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(NameAnalysis.KEYS).custom().tokenizer("keyword");
        context.analyzer(NameAnalysis.TEXT).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
    }
}

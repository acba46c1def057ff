package org.peelrms.nominal.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peelrms.nominal.api.SearchIndex;

/** Ready when the people index answers a query. Reported at WildFly's /health/ready. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @EJB
    private SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("people-search-index").up()
                    .withData("indexedPeople", index.indexedCount()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("people-search-index").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

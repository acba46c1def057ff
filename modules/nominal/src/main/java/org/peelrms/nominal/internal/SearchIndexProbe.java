package org.peelrms.nominal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import org.peelrms.kernel.ReadinessProbe;
import org.peelrms.nominal.api.SearchIndex;

/** Ready when the people search index answers a query; reported at /health/ready. */
@Stateless
@Local(ReadinessProbe.class)
@PermitAll
public class SearchIndexProbe implements ReadinessProbe {

    @EJB
    private SearchIndex index;

    @Override
    public String name() {
        return "people-search-index";
    }

    @Override
    public Result check() {
        try {
            return new Result(true, index.indexedCount() + " people indexed");
        } catch (RuntimeException e) {
            return new Result(false, String.valueOf(e.getMessage()));
        }
    }
}

package org.peelrms.missingpersons.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo missing persons: open cases at every risk level (some with reviews overdue, one not yet
 * graded) and a year of closed cases, some people going missing again and again. About 150 cases
 * in one transaction; the same for every installation, placed back from the moment of loading.
 */
@ApplicationScoped
public class DemoMissing implements DemoDataset {

    @EJB
    private DemoMissingWriter writer;

    @EJB
    private DemoPeoplePool people;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "missing persons";
    }

    @Override
    public boolean alreadyLoaded() {
        return writer.count() > 0;
    }

    @Override
    public void load(int size) {
        List<DemoPerson> pool = people.pool();
        if (!pool.isEmpty()) {
            writer.save(pool, OffsetDateTime.now(MissingClock.UK).truncatedTo(ChronoUnit.MINUTES));
        }
    }
}

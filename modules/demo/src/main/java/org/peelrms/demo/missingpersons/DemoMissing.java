package org.peelrms.demo.missingpersons;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.demo.DemoPeoplePool;
import org.peelrms.demo.DemoPerson;
import org.peelrms.kernel.DemoDataset;
import org.peelrms.kernel.UkDateFormat;

/**
 * The demo missing persons: open cases at every risk level (some with reviews overdue, one not yet
 * graded) and a year of closed cases, some people going missing again and again. About 150 cases
 * written through the missing persons API, 25 to a transaction; the same for every installation, placed back
 * from the moment of loading.
 */
@ApplicationScoped
public class DemoMissing implements DemoDataset {
    private static final int CLOSED = 140;
    private static final int BATCH = 25;
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Khan", "Murphy",
            "Walsh", "Kelly", "Hughes", "Nowak");

    @EJB
    private DemoMissingWriter writer;

    @EJB
    private CasesOnFile cases;

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
        return cases.any();
    }

    @Override
    public void load(int size) {
        List<DemoPerson> pool = people.pool(SURNAMES, 10);
        if (pool.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(UkDateFormat.UK).truncatedTo(ChronoUnit.MINUTES);
        for (int first = 0; first < CLOSED; first += BATCH) {
            writer.closed(first, Math.min(first + BATCH, CLOSED), pool, now);
        }
        writer.open(pool, now);
    }
}

package org.peelrms.demo.custody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.demo.DemoPeoplePool;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.FreshPopulation;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo custody data: a busy suite now (detainees in every state the board shows) and a year of
 * past custody records (an eighth as many as demo people, from 60 to 1,200), some with late reviews,
 * missed visits and extensions, written through the custody API {@value #BATCH} records to a transaction.
 */
@ApplicationScoped
public class DemoCustody implements DemoDataset {
    private static final int BATCH = 5;

    @EJB
    private DemoCustodyWriter writer;

    @EJB
    private DemoPeoplePool people;

    @Inject
    private FreshPopulation population;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "custody records";
    }

    @Override
    public boolean alreadyLoaded() {
        return !population.madeNow();
    }

    @Override
    public void load(int size) {
        List<DemoPerson> pool = people.pool(DemoPeoplePool.COMMON_SURNAMES, 40);
        if (pool.size() < 20) {
            return;
        }
        int past = Math.max(60, Math.min(1200, size / 8));
        OffsetDateTime anchor = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        for (int first = 0; first < past; first += BATCH) {
            writer.writePast(first, Math.min(first + BATCH, past), anchor, pool);
        }
        writer.writeSuiteNow(anchor, pool);
    }
}

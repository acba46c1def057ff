package org.peelrms.custody.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo custody data: a busy suite now (detainees in every state the board shows) and a year of
 * past custody records (an eighth as many as demo people, from 60 to 1,200), some with late reviews,
 * missed visits and extensions, saved 100 to a transaction after the people they are for.
 */
@ApplicationScoped
public class DemoCustody implements DemoDataset {
    private static final int BATCH = 100;

    @EJB
    private DemoCustodyWriter writer;

    @EJB
    private DemoDetainees detainees;

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
        return writer.count() > 0;
    }

    @Override
    public void load(int size) {
        List<DemoPerson> pool = detainees.pool();
        if (pool.isEmpty()) {
            return;
        }
        int past = Math.max(60, Math.min(1200, size / 8));
        OffsetDateTime anchor = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        for (int first = 0; first < past; first += BATCH) {
            writer.savePast(first, Math.min(first + BATCH, past), anchor, pool);
        }
        writer.saveSuiteNow(anchor, pool);
    }
}

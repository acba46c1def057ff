package org.peelrms.demo.crime;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.demo.DemoPeoplePool;
import org.peelrms.demo.DemoPerson;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo crime data: a year of reports and crimes (a third as many cases as demo people, from 150
 * to 3,000), written through the crime module's API 25 cases to a transaction, after the people they link to.
 */
@ApplicationScoped
public class DemoCrime implements DemoDataset {
    private static final int BATCH = 25;

    @EJB
    private DemoCrimeWriter writer;

    @EJB
    private CrimesOnFile crimes;

    @EJB
    private DemoPeoplePool people;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "reports and crimes";
    }

    @Override
    public boolean alreadyLoaded() {
        return crimes.any();
    }

    @Override
    public void load(int size) {
        int cases = Math.max(150, Math.min(3000, size / 3));
        List<DemoPerson> pool = people.pool(DemoPeoplePool.COMMON_SURNAMES, 40);
        OffsetDateTime anchor = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        for (int first = 0; first < cases; first += BATCH) {
            writer.save(first, Math.min(first + BATCH, cases), anchor, pool);
        }
    }
}

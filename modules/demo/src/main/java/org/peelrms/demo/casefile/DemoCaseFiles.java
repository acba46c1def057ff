package org.peelrms.demo.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.demo.DemoPeoplePool;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.FreshPopulation;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo case files: files at every stage, some returned by a supervisor with feedback, over the past
 * year, about demo crimes and people; the same for every installation, placed back from the moment of loading.
 * Loads after the crimes (order 40), through the case files API, in one transaction.
 */
@ApplicationScoped
public class DemoCaseFiles implements DemoDataset {
    private static final List<String> SURNAMES = List.of("Wilson", "Evans", "Thomas", "Roberts", "Patel", "Ahmed",
            "Wright", "Green");

    @EJB
    private DemoCaseFileWriter writer;

    @EJB
    private DemoPeoplePool people;

    @EJB
    private DemoCrimes crimes;

    @Inject
    private FreshPopulation population;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "case files";
    }

    @Override
    public boolean alreadyLoaded() {
        return !population.madeNow();
    }

    @Override
    public void load(int size) {
        List<DemoPerson> pool = people.pool(SURNAMES, 10);
        List<CrimeSummary> recent = crimes.recent(200);
        if (pool.size() >= 4 && !recent.isEmpty()) {
            writer.write(pool, recent, OffsetDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.SECONDS));
        }
    }
}

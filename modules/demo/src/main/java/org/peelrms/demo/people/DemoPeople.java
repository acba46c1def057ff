package org.peelrms.demo.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.demo.FreshPopulation;
import org.peelrms.kernel.DemoDataset;
import org.peelrms.nominal.api.NewPerson;
import org.peelrms.nominal.api.PeopleImports;
import org.peelrms.nominal.api.PeopleIndex;

/** The demo population: generated people with other names, put on file in batches through the people import. */
@ApplicationScoped
public class DemoPeople implements DemoDataset {
    private static final int BATCH = 500;
    private static final long SEED = 20261125L;
    /** Ages are counted from this day, so that every installation gets exactly the same people. */
    private static final LocalDate AGES_AT = LocalDate.of(2026, 1, 1);

    @EJB
    private PeopleImports imports;

    @EJB
    private PeopleIndex people;

    @Inject
    private FreshPopulation population;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public boolean alreadyLoaded() {
        return people.count() > 0;
    }

    @Override
    public void load(int size) {
        DemoPeopleGenerator generator = new DemoPeopleGenerator(SEED, AGES_AT);
        List<NewPerson> batch = new ArrayList<>(BATCH);
        for (int number = 1; number <= size; number++) {
            batch.add(generator.next(number));
            if (batch.size() == BATCH || number == size) {
                imports.putOnFile(batch, "demo data");
                batch.clear();
            }
        }
        population.made();
    }
}

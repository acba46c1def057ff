package org.peelrms.casefile.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.kernel.DemoDataset;

/**
 * The demo case files: files at every stage, some returned by a supervisor with feedback, over the past
 * year, about demo crimes and people; the same for every installation, placed back from the moment of loading.
 */
@ApplicationScoped
public class DemoCaseFiles implements DemoDataset {

    @EJB
    private DemoCaseFileWriter writer;

    @EJB
    private DemoSources sources;

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
        return writer.count() > 0;
    }

    @Override
    public void load(int size) {
        List<DemoPerson> people = sources.people();
        List<CrimeSummary> crimes = sources.crimes();
        if (people.size() >= 4 && !crimes.isEmpty()) {
            writer.save(people, crimes, FileTime.now(java.time.Clock.systemUTC()));
        }
    }
}

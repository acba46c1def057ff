package org.peelrms.nominal.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Bulk import of people from a legacy system's CSV export ({@code ref,surname,forenames,dob,sex,aliases};
 * aliases written "Forenames Surname", separated by |). Good rows are imported while bad rows are
 * reported with their line numbers; a ref seen before updates that person instead of duplicating them.
 */
public interface PeopleImports {

    /**
     * Starts importing the file in the background and returns the job's id at once. The file is
     * deleted when the job ends.
     *
     * @throws org.peelrms.kernel.InvalidInput when the file does not start with the expected header
     */
    long start(Path csv, String source);

    /**
     * Puts whole people on file in one transaction, each with a CREATED audit entry giving {@code why}
     * (the demo data loads its population this way). For a legacy system's export, use {@link #start}.
     */
    void putOnFile(List<NewPerson> people, String why);

    /** A job's progress and outcome. */
    Optional<JobView> job(long id);
}

package org.peelrms.web.restriction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.LongPredicate;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Reports;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.nominal.api.People;
import org.peelrms.restriction.api.RestrictableRecords;

/**
 * Asks the record's own module whether a record named for a restriction is on file, since the restriction
 * module cannot (the record modules depend on it): a restriction on a record that does not exist is refused.
 */
@ApplicationScoped
public class RecordsOnFile {

    @EJB
    private People people;

    @EJB
    private Reports reports;

    @EJB
    private Crimes crimes;

    @EJB
    private CustodyRecords custody;

    @EJB
    private MissingPersons missing;

    @EJB
    private CaseFiles caseFiles;

    /** Refuses (400) a record of a restrictable type that is not on file; other types are the restriction's to refuse. */
    public void require(String recordType, long recordId) {
        Map<String, LongPredicate> onFile = Map.of(RestrictableRecords.PERSON, people::exists,
                RestrictableRecords.CRIME_REPORT, reports::exists, RestrictableRecords.CRIME, crimes::exists,
                RestrictableRecords.CUSTODY_RECORD, custody::exists,
                RestrictableRecords.MISSING_PERSON_CASE, missing::exists, RestrictableRecords.CASE_FILE, caseFiles::exists);
        LongPredicate exists = onFile.get(recordType);
        if (exists != null && !exists.test(recordId)) {
            throw new InvalidInput("There is no " + RestrictableRecords.label(recordType) + " " + recordId + ".");
        }
    }
}

package org.peelrms.web.records;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Locale;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Reports;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.nominal.api.People;

/**
 * Each kind of record ({@link RecordType}) and the module that owns it: the one place the web layer goes from a
 * record named by type and id to its module, to ask whether it is on file (a restriction on a record that does not
 * exist is refused) or to open it (a history is shown only once its record has been opened, with the module's roles,
 * restriction check and audited view). A new kind of record fails to compile here until it is added.
 */
@ApplicationScoped
public class RecordModules {

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

    /** The kind named, in any case and with - or _; an unknown one is bad input. */
    public RecordType type(String named) {
        String name = named == null ? "" : named.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return RecordType.named(name).orElseThrow(() -> new IllegalArgumentException("recordType must be one of "
                + Arrays.toString(RecordType.values()) + ", not '" + named + "'"));
    }

    /** Whether the record is on file, opening nothing (not audited). */
    public boolean onFile(RecordRef record) {
        long id = record.id();
        return switch (record.type()) {
            case PERSON -> people.exists(id);
            case CRIME_REPORT -> reports.exists(id);
            case CRIME -> crimes.exists(id);
            case CUSTODY_RECORD -> custody.exists(id);
            case MISSING_PERSON_CASE -> missing.exists(id);
            case CASE_FILE -> caseFiles.exists(id);
        };
    }

    /** Refuses (400) a record of a restrictable kind that is not on file; other kinds are the restriction's to refuse. */
    public void requireOnFile(String recordType, long recordId) {
        RecordType.named(recordType).map(type -> RecordRef.of(type, recordId)).filter(record -> !onFile(record))
                .ifPresent(record -> {
                    throw new InvalidInput("There is no " + record.label() + ".");
                });
    }

    /**
     * Opens the record through its own module, with the reason given: false when there is none or it is hidden from
     * the caller; {@code ReasonRequired} when they are on its list and gave no reason. The module audits the view.
     */
    public boolean open(RecordRef record, String reason) {
        long id = record.id();
        return switch (record.type()) {
            case PERSON -> people.record(id, reason).isPresent();
            case CRIME_REPORT -> reports.report(id, reason).isPresent();
            case CRIME -> crimes.crime(id, reason).isPresent();
            case CUSTODY_RECORD -> custody.record(id, reason).isPresent();
            case MISSING_PERSON_CASE -> missing.view(id, reason).isPresent();
            case CASE_FILE -> caseFiles.view(id, reason).isPresent();
        };
    }
}

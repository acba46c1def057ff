package org.peelrms.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Locale;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Reports;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.nominal.api.People;

/**
 * The kinds of record that show a change history, by their audit record type, and how to open one
 * through its own module (so its roles, and its record-level checks, apply before its history is shown).
 */
@RequestScoped
public class HistoryRecords {
    public static final String PERSON = "PERSON";
    public static final String CRIME_REPORT = org.peelrms.crime.api.RecordTypes.REPORT;
    public static final String CRIME = org.peelrms.crime.api.RecordTypes.CRIME;
    public static final String CUSTODY_RECORD = org.peelrms.custody.api.RecordTypes.CUSTODY_RECORD;
    public static final String MISSING_PERSON_CASE = org.peelrms.missingpersons.api.RecordTypes.MISSING_PERSON_CASE;
    public static final String CASE_FILE = org.peelrms.casefile.api.RecordTypes.CASE_FILE;
    static final List<String> TYPES = List.of(PERSON, CRIME_REPORT, CRIME, CUSTODY_RECORD, MISSING_PERSON_CASE, CASE_FILE);

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

    /** The record type named, in any case and with - or _; an unknown one is bad input. */
    public String type(String named) {
        String type = named == null ? "" : named.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("recordType must be one of " + TYPES + ", not '" + named + "'");
        }
        return type;
    }

    /**
     * Whether the record exists for the caller (opening it, which its module audits as a view, with the
     * reason given: a restricted record hidden from them does not exist; one they are on the list of
     * needs the reason, else {@code ReasonRequired}).
     */
    public boolean exists(String type, long id, String reason) {
        return switch (type) {
            case PERSON -> people.record(id, reason).isPresent();
            case CRIME_REPORT -> reports.report(id, reason).isPresent();
            case CRIME -> crimes.crime(id, reason).isPresent();
            case CUSTODY_RECORD -> custody.record(id, reason).isPresent();
            case MISSING_PERSON_CASE -> missing.view(id, reason).isPresent();
            case CASE_FILE -> caseFiles.view(id, reason).isPresent();
            default -> false;
        };
    }

    public String label(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

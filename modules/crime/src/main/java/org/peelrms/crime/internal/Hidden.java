package org.peelrms.crime.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.restriction.api.RestrictableRecords;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.HiddenRecords;
import org.peelrms.restriction.api.RecordAccess;

/**
 * The restricted records the caller may not see, read once a call (ADR 0019): reports and crimes are
 * left out of lists, counts and reports; people linked to a record the caller may open are shown as
 * {@link RestrictableRecords#WITHHELD_PERSON}, without name or id.
 */
record Hidden(Set<Long> people, Set<Long> reports, Set<Long> crimes) {
    static final Hidden NONE = new Hidden(Set.of(), Set.of(), Set.of());
    private static final Pattern LINKED = Pattern.compile("linked (.+?) \\(person (\\d+)\\)");
    private static final Pattern PERSON_ID = Pattern.compile("person (\\d+)");

    static Hidden from(RecordAccess access) {
        HiddenRecords hidden = access.hidden(RecordType.PERSON, RecordType.CRIME_REPORT, RecordType.CRIME);
        return new Hidden(hidden.ids(RecordType.PERSON), hidden.ids(RecordType.CRIME_REPORT),
                hidden.ids(RecordType.CRIME));
    }

    boolean person(Long id) {
        return id != null && people.contains(id);
    }

    boolean report(long id) {
        return reports.contains(id);
    }

    boolean crime(long id) {
        return crimes.contains(id);
    }

    /** A crime or report visible to the caller: neither hidden itself. */
    boolean crime(CrimeRecord crime) {
        return !crime(crime.id()) && !report(crime.report().id());
    }

    /**
     * A history line with a hidden person's name and id withheld: "linked Jane DOE (person 123) as
     * witness" becomes "linked Restricted person as witness"; "person 123" becomes "person (restricted)".
     */
    String masked(String text) {
        if (text == null || people.isEmpty()) {
            return text;
        }
        Matcher linked = LINKED.matcher(text);
        StringBuilder named = new StringBuilder();
        while (linked.find()) {
            linked.appendReplacement(named, person(Long.valueOf(linked.group(2)))
                    ? "linked " + RestrictableRecords.WITHHELD_PERSON : Matcher.quoteReplacement(linked.group()));
        }
        linked.appendTail(named);
        Matcher matcher = PERSON_ID.matcher(named.toString());
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, person(Long.valueOf(matcher.group(1))) ? "person (restricted)" : "$0");
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package org.peelrms.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.HistoryEntry;
import org.peelrms.restriction.api.RestrictableRecords;
import org.peelrms.restriction.api.Restrictions;

/**
 * A record's history as the caller may read it. History lines are written when a change happens, and
 * name the records it touched in the form "(person 123)" or "crime 403"; a record restricted later
 * must not show through another record's history (ADR 0019). So every line that names a record hidden
 * from the caller is withheld here, in one place for the page panel and the REST call: a field's value
 * becomes "Restricted person" (or "Restricted record") and the summary says that a restricted record was
 * involved, without naming it.
 */
@RequestScoped
public class WithheldInHistory {
    static final String WITHHELD_SUMMARY = "(withheld: this change involves a restricted record)";
    private static final Pattern NAMED = Pattern.compile("\\b(person|crime|report|custody record|missing case|case file) (\\d{1,18})\\b");
    private static final Map<String, String> TYPE_OF = Map.of("person", RestrictableRecords.PERSON,
            "crime", RestrictableRecords.CRIME, "report", RestrictableRecords.CRIME_REPORT,
            "custody record", RestrictableRecords.CUSTODY_RECORD, "missing case", RestrictableRecords.MISSING_PERSON_CASE,
            "case file", RestrictableRecords.CASE_FILE);

    @EJB
    private Restrictions restrictions;

    public List<HistoryEntry> apply(List<HistoryEntry> entries) {
        Map<String, Set<Long>> hidden = new HashMap<>();
        TYPE_OF.values().forEach(type -> hidden.put(type, restrictions.hidden(type)));
        if (hidden.values().stream().allMatch(Set::isEmpty)) {
            return entries;
        }
        return entries.stream().map(entry -> new HistoryEntry(entry.occurredAt(), entry.username(), entry.action(),
                names(entry.summary(), hidden) ? WITHHELD_SUMMARY : entry.summary(),
                entry.changes().stream().map(change -> FieldChange.of(change.field(),
                        withheld(change.oldValue(), hidden), withheld(change.newValue(), hidden))).toList())).toList();
    }

    static String withheld(String value, Map<String, Set<Long>> hidden) {
        if (!names(value, hidden)) {
            return value;
        }
        return NAMED.matcher(value).results().anyMatch(m -> "person".equals(m.group(1))
                && hidden.get(RestrictableRecords.PERSON).contains(Long.parseLong(m.group(2))))
                ? RestrictableRecords.WITHHELD_PERSON : "Restricted record";
    }

    /** Whether the text names a record hidden from the caller. */
    static boolean names(String text, Map<String, Set<Long>> hidden) {
        if (text == null) {
            return false;
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            if (hidden.get(TYPE_OF.get(named.group(1))).contains(Long.parseLong(named.group(2)))) {
                return true;
            }
        }
        return false;
    }
}

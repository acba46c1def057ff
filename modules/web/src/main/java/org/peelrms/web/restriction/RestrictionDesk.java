package org.peelrms.web.restriction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.peelrms.restriction.api.NewRestriction;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.restriction.api.Restrictions;
import org.peelrms.web.records.RecordModules;

/**
 * The one place the web layer manages restrictions (ADR 0052), for the restriction panel on a record's page, the
 * administrators' page and {@code /api/v1/restrictions} alike: a record named by its kind as typed ("person",
 * " PERSON ") and its number is restricted only when it is on file; the users and groups come as typed, "a, b; c".
 * Who may restrict and lift, and the audit entries, are the restriction module's.
 */
@ApplicationScoped
public class RestrictionDesk {

    @EJB
    private Restrictions restrictions;

    @Inject
    private RecordModules records;

    /** Every restriction in force, newest first; administrators only. */
    public List<RestrictionView> inForce() {
        return restrictions.inForce();
    }

    /** The restriction on a record, if there is one and the caller is on its list. */
    public Optional<RestrictionView> on(String recordType, long recordId) {
        return restrictions.on(kind(recordType), recordId);
    }

    /** Restricts a record that is on file ("There is no …" otherwise); returns the restriction's id. */
    public long restrict(String recordType, long recordId, RestrictionCategory category, String reason, List<String> users,
            List<String> groups) {
        String kind = kind(recordType);
        records.requireOnFile(kind, recordId);
        return restrictions.restrict(new NewRestriction(kind, recordId, category, reason, users, groups));
    }

    /** Lifts a restriction, with the reason. */
    public void lift(long restrictionId, String reason) {
        restrictions.lift(restrictionId, reason);
    }

    /** "a, b; c" as the names a, b and c. */
    public static List<String> split(String names) {
        return names == null ? List.of() : Arrays.stream(names.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String kind(String recordType) {
        return recordType == null ? null : recordType.strip().toUpperCase();
    }
}

package org.peelrms.nominal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.nominal.api.PersonDetails;

/** What a correction changed, old and new, for the audit log: "surname: Smith → Smyth". */
public final class Changes {
    private Changes() {
    }

    public static String between(PersonDetails before, PersonDetails after) {
        List<String> changes = new ArrayList<>();
        add(changes, "surname", before.surname(), after.surname());
        add(changes, "forenames", before.forenames(), after.forenames());
        add(changes, "date of birth", before.dateOfBirth(), after.dateOfBirth());
        add(changes, "sex", before.sex(), after.sex());
        add(changes, "height", before.heightCm(), after.heightCm());
        add(changes, "PNC ID", before.pncId(), after.pncId());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /** The same, field by field, for the person's history. */
    public static List<FieldChange> fields(PersonDetails before, PersonDetails after) {
        return new FieldChanges()
                .field("surname", before.surname(), after.surname())
                .field("forenames", before.forenames(), after.forenames())
                .field("date of birth", before.dateOfBirth(), after.dateOfBirth())
                .field("sex", before.sex() == null ? null : before.sex().label(),
                        after.sex() == null ? null : after.sex().label())
                .field("height", before.heightCm(), after.heightCm())
                .field("PNC ID", before.pncId(), after.pncId())
                .list();
    }

    private static void add(List<String> changes, String what, Object before, Object after) {
        String old = before == null ? "" : before.toString().strip();
        String now = after == null ? "" : after.toString().strip();
        if (!Objects.equals(old, now)) {
            changes.add(what + ": " + (old.isEmpty() ? "(none)" : old) + " → " + (now.isEmpty() ? "(none)" : now));
        }
    }
}

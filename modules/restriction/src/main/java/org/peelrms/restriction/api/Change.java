package org.peelrms.restriction.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.kernel.RecordRef;

/**
 * What a write did to a record, worded by the module that made it (only it can): the line its history shows, the
 * fields it altered, the other records it names (so that a history naming a record hidden from its reader is
 * withheld, ADR 0040) and the user's reason. {@link RecordWrites} puts it on the audit trail (ADR 0052).
 *
 * @param summary what changed, in the module's words ("crime 26/000123 recorded from report 7")
 * @param fields  the fields altered, old and new values; never null
 * @param names   the other records the write names (the person booked in); never null
 * @param reason  the user's stated reason, where one was asked for, else null
 */
public record Change(String summary, List<FieldChange> fields, List<RecordRef> names, String reason) {

    public Change {
        fields = fields == null ? List.of() : List.copyOf(fields);
        names = names == null ? List.of() : names.stream().filter(Objects::nonNull).toList();
    }

    public static Change of(String summary) {
        return new Change(summary, List.of(), List.of(), null);
    }

    public static Change of(String summary, List<FieldChange> fields) {
        return new Change(summary, fields, List.of(), null);
    }

    /** The same change naming these records as well (a null is skipped). */
    public Change naming(RecordRef... records) {
        return new Change(summary, fields, Stream.concat(names.stream(), Arrays.stream(records)).toList(), reason);
    }

    /** The same change with the user's stated reason (kept as given; the audit entry strips it, and drops a blank one). */
    public Change because(String statedReason) {
        return new Change(summary, fields, names, statedReason);
    }
}

package org.peelrms.casefile.internal;

import java.util.Set;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.HiddenRecords;
import org.peelrms.restriction.api.RecordAccess;

/**
 * What the caller may not see (ADR 0019), read once per call: restricted case files, people and crimes
 * not restricted to them. A hidden file is left out of every list and count; a hidden person or crime
 * linked to a file they may see is shown withheld, without name, number or id.
 */
record Hidden(Set<Long> files, Set<Long> people, Set<Long> crimes) {

    /** What a file shows in place of a restricted crime the caller may not see. */
    static final String WITHHELD_CRIME = "Restricted crime";

    static final Hidden NOTHING = new Hidden(Set.of(), Set.of(), Set.of());

    static Hidden from(RecordAccess access) {
        HiddenRecords hidden = access.hidden(RecordType.CASE_FILE, RecordType.PERSON, RecordType.CRIME);
        return new Hidden(hidden.ids(RecordType.CASE_FILE), hidden.ids(RecordType.PERSON), hidden.ids(RecordType.CRIME));
    }

    boolean file(long id) {
        return files.contains(id);
    }

    boolean person(Long id) {
        return id != null && people.contains(id);
    }

    boolean crime(long id) {
        return crimes.contains(id);
    }
}

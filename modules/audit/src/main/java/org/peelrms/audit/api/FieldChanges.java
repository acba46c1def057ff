package org.peelrms.audit.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields a change altered, skipping those whose value stayed the same:
 * {@code new FieldChanges().field("surname", before.surname(), after.surname()).list()}.
 */
public final class FieldChanges {
    private final List<FieldChange> changes = new ArrayList<>();

    /** Adds the field if its value changed (a blank and a missing value are the same). */
    public FieldChanges field(String field, Object oldValue, Object newValue) {
        FieldChange change = FieldChange.of(field, oldValue, newValue);
        if (!Objects.equals(change.oldValue(), change.newValue())) {
            changes.add(change);
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }
}

package org.peelrms.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.peelrms.audit.api.FieldChange;

/** One row of {@code audit_change}: a field an entry's create or change altered, old and new value. */
@Embeddable
public class RecordedChange {

    @Column(nullable = false, updatable = false, length = 100)
    private String field;

    @Column(name = "old_value", updatable = false, length = 1000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 1000)
    private String newValue;

    protected RecordedChange() {
    }

    RecordedChange(FieldChange change) {
        this.field = Text.clip(change.field(), 100);
        this.oldValue = Text.clip(change.oldValue(), 1000);
        this.newValue = Text.clip(change.newValue(), 1000);
    }

    FieldChange view() {
        return new FieldChange(field, oldValue, newValue);
    }
}

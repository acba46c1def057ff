package org.peelrms.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyFieldsWhoseValueChanged_areKept_asText_withDaysAsPeopleWriteThem() {
        var changes = new FieldChanges()
                .field("surname", "Smith", "Smyth")
                .field("forenames", "John", "John")
                .field("date of birth", null, LocalDate.of(1985, 3, 12))
                .field("height", 180, null)
                .list();
        assertThat(changes).containsExactly(
                new FieldChange("surname", "Smith", "Smyth"),
                new FieldChange("date of birth", null, "12/03/1985"),
                new FieldChange("height", "180", null));
    }

    @Test
    void aBlankValue_isTheSameAsNone() {
        assertThat(new FieldChanges().field("PNC ID", "  ", null).field("note", "", " ").isEmpty()).isTrue();
        assertThat(FieldChange.of("note", " text ", null).oldValue()).isEqualTo("text");
    }

    @Test
    void anEvent_carriesItsChanges_andKeepsThemWithAReason() {
        AuditEvent event = AuditEvent.changed("PERSON", 12, "surname", new FieldChanges()
                .field("surname", "Smith", "Smyth").list()).because("correction asked for by the person");
        assertThat(event.changes()).containsExactly(new FieldChange("surname", "Smith", "Smyth"));
        assertThat(AuditEvent.viewed("PERSON", 12).changes()).isEmpty();
    }
}

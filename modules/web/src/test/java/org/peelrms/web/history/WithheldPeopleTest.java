package org.peelrms.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.HistoryEntry;

class WithheldPeopleTest {

    private static final HistoryEntry LINKED = new HistoryEntry(OffsetDateTime.parse("2026-11-30T10:00:00Z"), "officer",
            AuditAction.CHANGE, "linked person 12 as suspect; person 120 as witness",
            List.of(new FieldChange("person linked", null, "Jane DOE (person 12) as suspect"),
                    new FieldChange("witness", null, "Ann ROE (person 120)")));

    @Test
    void aHiddenPersonsName_andId_areWithheld_othersAreNot() {
        HistoryEntry shown = new WithheldPeople(Set.of(12L)).of(List.of(LINKED)).get(0);
        assertThat(shown.summary()).isEqualTo("linked person (restricted) as suspect; person 120 as witness");
        assertThat(shown.changes()).containsExactly(new FieldChange("person linked", null, "Restricted person as suspect"),
                new FieldChange("witness", null, "Ann ROE (person 120)"));
    }

    @Test
    void withNobodyHidden_theHistoryIsAsRecorded() {
        assertThat(new WithheldPeople(Set.of()).of(List.of(LINKED))).containsExactly(LINKED);
    }
}

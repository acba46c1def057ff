package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.kernel.RecordRef;

class EntryHashTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 15, 0, 0, 123_456_789, ZoneOffset.UTC);

    private static AuditEntry entry(String summary, List<FieldChange> changes) {
        AuditEntry entry = new AuditEntry(AT, "officer", AuditAction.CHANGE, "PERSON", "12", summary, null, null, null,
                changes);
        entry.seal(7, EntryHash.GENESIS, entry.changeViews(), entry.resultRecordIds(), List.of(), AT);
        return entry;
    }

    @Test
    void theHash_isSha256InHex_andTheSameForTheSameContent() {
        AuditEntry one = entry("surname: Smith → Smyth", List.of(FieldChange.of("surname", "Smith", "Smyth")));
        AuditEntry two = entry("surname: Smith → Smyth", List.of(FieldChange.of("surname", "Smith", "Smyth")));
        assertThat(one.entryHash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(two.entryHash());
    }

    @Test
    void anyChangeToTheContent_changesTheHash() {
        String original = entry("s", List.of(FieldChange.of("surname", "Smith", "Smyth"))).entryHash();
        assertThat(entry("S", List.of(FieldChange.of("surname", "Smith", "Smyth"))).entryHash()).isNotEqualTo(original);
        assertThat(entry("s", List.of(FieldChange.of("surname", "Smith", "Smythe"))).entryHash()).isNotEqualTo(original);
        assertThat(entry("s", List.of(FieldChange.of("surname", null, "Smyth"))).entryHash()).isNotEqualTo(original);
        assertThat(entry("s", List.of()).entryHash()).isNotEqualTo(original);
    }

    @Test
    void aSearchsResultIds_areCovered_inTheirOrder() {
        AuditEntry plain = entry("s", List.of());
        AuditEntry found = new AuditEntry(AT, "officer", AuditAction.SEARCH, "PERSON", null, "s", null, 2, null, List.of())
                .withResults(List.of("12", "34"));
        found.seal(7, EntryHash.GENESIS, found.changeViews(), found.resultRecordIds(), List.of(), AT);
        AuditEntry swapped = new AuditEntry(AT, "officer", AuditAction.SEARCH, "PERSON", null, "s", null, 2, null, List.of())
                .withResults(List.of("34", "12"));
        swapped.seal(7, EntryHash.GENESIS, swapped.changeViews(), swapped.resultRecordIds(), List.of(), AT);
        assertThat(found.entryHash()).isNotEqualTo(swapped.entryHash()).isNotEqualTo(plain.entryHash());
        assertThat(EntryHash.of(found, List.of(), List.of("12", "34"), List.of())).isEqualTo(found.entryHash());
        assertThat(EntryHash.of(found, List.of(), List.of("12"), List.of())).as("a result id taken away").isNotEqualTo(found.entryHash());
    }

    @Test
    void theRecordsAnEntryNames_areCovered_andAnEntryNamingNoneHashesAsBefore() {
        AuditEntry plain = entry("booked in", List.of());
        AuditEntry naming = new AuditEntry(AT, "officer", AuditAction.CHANGE, "PERSON", "12", "booked in", null, null,
                null, List.of()).naming(List.of(RecordRef.person(34)));
        naming.seal(7, EntryHash.GENESIS, naming.changeViews(), naming.resultRecordIds(), naming.nameTexts(), AT);
        assertThat(naming.nameTexts()).containsExactly("PERSON:34");
        assertThat(naming.entryHash()).isNotEqualTo(plain.entryHash());
        assertThat(EntryHash.of(naming, List.of(), List.of(), List.of())).as("the name taken away")
                .isEqualTo(plain.entryHash()).isNotEqualTo(naming.entryHash());
    }

    @Test
    void thePositionAndThePreviousHash_areCovered() {
        AuditEntry entry = entry("s", List.of());
        String atSeven = entry.entryHash();
        entry.seal(8, EntryHash.GENESIS, entry.changeViews(), entry.resultRecordIds(), List.of(), AT);
        assertThat(entry.entryHash()).isNotEqualTo(atSeven);
        entry.seal(7, "1".repeat(64), entry.changeViews(), entry.resultRecordIds(), List.of(), AT);
        assertThat(entry.entryHash()).isNotEqualTo(atSeven);
        entry.seal(7, EntryHash.GENESIS, entry.changeViews(), entry.resultRecordIds(), List.of(), AT);
        assertThat(entry.entryHash()).isEqualTo(atSeven);
    }

    @Test
    void valuesCannotBeShiftedFromOneFieldToTheNext() {
        String a = entry("ab", List.of(FieldChange.of("c", null, null))).entryHash();
        String b = entry("a", List.of(FieldChange.of("bc", null, null))).entryHash();
        assertThat(a).isNotEqualTo(b);
        assertThat(entry(null, List.of()).entryHash()).isNotEqualTo(entry("", List.of()).entryHash());
    }

    @Test
    void theTime_isKeptToTheMicrosecondAsTheDatabaseStoresIt() {
        AuditEntry entry = entry("s", List.of());
        assertThat(entry.occurredAt().getNano()).isEqualTo(123_456_000);
        assertThat(EntryHash.of(entry, entry.changeViews(), entry.resultRecordIds(), List.of())).isEqualTo(entry.entryHash());
    }
}

package org.peelrms.nominal.internal.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.MergeField;
import org.peelrms.nominal.api.MergePreview.FieldConflict;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;

/** What the reviewer is asked to settle before a merge, and the survivor's details once they have. */
class MergeConflictsTest {
    private static final PersonDetails KHAN = new PersonDetails("Khan", "Mohammed", LocalDate.of(1980, 3, 1),
            Sex.MALE, 180, null);
    private static final PersonDetails KHAN_AGAIN = new PersonDetails("Khan", "Muhammad", LocalDate.of(1980, 1, 3),
            Sex.UNKNOWN, null, "80/123456X");

    @Test
    void onlyFieldsBothRecordsGiveDifferentlyConflict() {
        List<FieldConflict> conflicts = MergeConflicts.between(KHAN, KHAN_AGAIN);
        assertEquals(List.of(new FieldConflict(MergeField.DATE_OF_BIRTH, "1980-03-01", "1980-01-03")), conflicts,
                "an unknown sex, a missing height and a PNC ID only one gives are no conflict");
    }

    @Test
    void anUnsettledConflictIsRefusedWithWhatToChoose() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> MergeConflicts.settled(KHAN, KHAN_AGAIN, Set.of(), Set.of()));
        assertTrue(refused.getMessage().startsWith("Choose which date of birth to keep"), refused.getMessage());
        assertThrows(InvalidInput.class, () -> MergeConflicts.settled(KHAN, KHAN_AGAIN,
                Set.of(MergeField.DATE_OF_BIRTH), Set.of(MergeField.DATE_OF_BIRTH)), "settled both ways");
    }

    @Test
    void theSurvivorKeepsItsNameTakesTheChosenValuesAndFillsWhatItLacked() {
        PersonDetails kept = MergeConflicts.settled(KHAN, KHAN_AGAIN, Set.of(), Set.of(MergeField.DATE_OF_BIRTH));
        assertEquals(new PersonDetails("Khan", "Mohammed", LocalDate.of(1980, 1, 3), Sex.MALE, 180, "80/123456X"), kept);
        PersonDetails own = MergeConflicts.settled(KHAN, KHAN_AGAIN, Set.of(MergeField.DATE_OF_BIRTH), Set.of());
        assertEquals(LocalDate.of(1980, 3, 1), own.dateOfBirth());
    }
}

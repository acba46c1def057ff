package org.peelrms.nominal.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.PeopleWriter.BatchOutcome;

/** Two batches of an import are written at once, never two with the same ref, and a failure says which lines were not imported. */
class BatchesInFlightTest {

    private static BatchesInFlight.Batch batch(int firstLine, String... refs) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            rows.add(new ImportRow(firstLine + i, refs[i], "Smith", "Ann", null, Sex.UNKNOWN, List.of()));
        }
        return new BatchesInFlight.Batch(firstLine, firstLine + refs.length - 1, refs.length, rows,
                List.of("line " + firstLine + ": a refused row"));
    }

    private static CompletableFuture<BatchOutcome> saved(int created) {
        return CompletableFuture.completedFuture(new BatchOutcome(created, 0, List.of()));
    }

    @Test
    void aSecondBatch_isWrittenBesideTheFirst_butAThirdWaits() {
        BatchesInFlight inFlight = new BatchesInFlight();
        inFlight.add(batch(2, "A1", "A2"), new CompletableFuture<>());
        assertFalse(inFlight.mustWait(batch(4, "B1", "B2")));
        inFlight.add(batch(4, "B1", "B2"), new CompletableFuture<>());
        assertTrue(inFlight.mustWait(batch(6, "C1", "C2")));
    }

    @Test
    void aBatchWithARefStillBeingWritten_waitsForIt() {
        BatchesInFlight inFlight = new BatchesInFlight();
        inFlight.add(batch(2, "A1", "A2"), new CompletableFuture<>());
        assertTrue(inFlight.mustWait(batch(4, "B1", "A2")));
    }

    @Test
    void batchesComeBackInTheOrderOfTheFile_withTheRowsRefusedAtReadingFirst() throws Exception {
        BatchesInFlight inFlight = new BatchesInFlight();
        inFlight.add(batch(2, "A1", "A2"), saved(2));
        inFlight.add(batch(4, "B1", "B2"), saved(1));
        BatchesInFlight.Saved first = inFlight.oldest(saved -> { });
        assertEquals(2, first.batch().firstLine());
        assertEquals(2, first.created());
        assertEquals(List.of("line 2: a refused row"), first.refused());
        assertEquals(4, inFlight.oldest(saved -> { }).batch().firstLine());
        assertTrue(inFlight.isEmpty());
    }

    @Test
    void aBatchThatFailed_saysWhichLinesWereNotImported_andKeepsTheProgressOfTheOneSavedBesideIt() {
        BatchesInFlight inFlight = new BatchesInFlight();
        inFlight.add(batch(1002, "A1", "A2"), CompletableFuture.failedFuture(new IllegalStateException("database gone")));
        inFlight.add(batch(1004, "B1", "B2"), saved(2));
        List<BatchesInFlight.Saved> kept = new ArrayList<>();
        BatchesInFlight.Stopped stopped = assertThrows(BatchesInFlight.Stopped.class, () -> inFlight.oldest(kept::add));
        assertEquals("the import stopped at lines 1002 to 1003, which were not imported: database gone (rows before line"
                + " 1002 were imported, and lines 1004 to 1005, saved at the same time; no row after)", stopped.getMessage());
        assertEquals(1, kept.size());
        assertEquals(1004, kept.get(0).batch().firstLine());
        assertTrue(inFlight.isEmpty());
    }
}

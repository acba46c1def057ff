package org.peelrms.nominal.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.DuplicateStatus;

/** The words a run of the finder leaves in the log and the audit trail: what it found, and what reviewers had decided. */
class RunSummaryTest {

    @Test
    void saysHowManyPairsAReviewerHadAlreadyDecided_andHowOftenDecidedPairsWereOnePerson() {
        RunSummary summary = new RunSummary();
        summary.add(new DuplicateQueueWriter.Saved(600, 350, 40, 10));
        summary.add(new DuplicateQueueWriter.Saved(2, 0, 1, 0));

        String text = summary.text(1_003_300, 15_221_166, 1_003, DuplicateFinder.threshold(1_003_300), 7,
                Map.of(DuplicateStatus.MERGED, 30L, DuplicateStatus.NOT_A_DUPLICATE, 90L, DuplicateStatus.OPEN, 952L));

        assertEquals("searched 1,003,300 people for people on file twice: 15,221,166 pairs compared, 1,003 with evidence"
                + " of at least 21.0 bits (602 new, 350 still waiting for review, 41 a reviewer had found not the same person,"
                + " 10 already merged); 7 open pairs no longer found withdrawn. Reviewers' decisions so far: 30 merged, 90 not"
                + " the same person (25% of the pairs decided were one person)", text);
    }

    @Test
    void beforeAnyDecision_givesNoShare() {
        String text = new RunSummary().text(10, 3, 0, DuplicateFinder.threshold(10), 0, Map.of());

        assertEquals("searched 10 people for people on file twice: 3 pairs compared, 0 with evidence of at least 4.4 bits"
                + " (0 new, 0 still waiting for review, 0 a reviewer had found not the same person, 0 already merged); 0 open"
                + " pairs no longer found withdrawn. Reviewers' decisions so far: 0 merged, 0 not the same person", text);
    }
}

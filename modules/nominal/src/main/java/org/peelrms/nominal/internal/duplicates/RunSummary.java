package org.peelrms.nominal.internal.duplicates;

import java.util.Locale;
import java.util.Map;
import org.peelrms.nominal.api.DuplicateStatus;

/**
 * What a run of the finder did, in words, for its log line and its audit entry: the pairs found, how many were
 * new, how many still waited for review, and how many a reviewer had already decided; and the reviewers' decisions
 * so far, which say how often the pairs the finder puts forward are one person (ADR 0049: counted, not yet learnt
 * from).
 */
final class RunSummary {
    private long opened;
    private long stillOpen;
    private long notADuplicate;
    private long merged;

    void add(DuplicateQueueWriter.Saved saved) {
        opened += saved.opened();
        stillOpen += saved.stillOpen();
        notADuplicate += saved.notADuplicate();
        merged += saved.merged();
    }

    String text(long people, long compared, long found, double threshold, int withdrawn, Map<DuplicateStatus, Long> decisions) {
        long mergedSoFar = decisions.getOrDefault(DuplicateStatus.MERGED, 0L);
        long dismissedSoFar = decisions.getOrDefault(DuplicateStatus.NOT_A_DUPLICATE, 0L);
        long decided = mergedSoFar + dismissedSoFar;
        return String.format(Locale.ROOT, "searched %,d people for people on file twice: %,d pairs compared, %,d with"
                + " evidence of at least %.1f bits (%,d new, %,d still waiting for review, %,d a reviewer had found not the"
                + " same person, %,d already merged); %,d open pairs no longer found withdrawn. Reviewers' decisions so far:"
                + " %,d merged, %,d not the same person%s", people, compared, found, threshold, opened, stillOpen, notADuplicate, merged, withdrawn,
                mergedSoFar, dismissedSoFar, decided == 0 ? "" : String.format(Locale.ROOT,
                        " (%.0f%% of the pairs decided were one person)", 100.0 * mergedSoFar / decided));
    }
}

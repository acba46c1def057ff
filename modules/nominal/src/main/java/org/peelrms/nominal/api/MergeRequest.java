package org.peelrms.nominal.api;

import java.util.Set;

/**
 * A reviewer's merge: who survives, who is merged away, for each conflicting field which record's value to keep, and
 * why.
 *
 * @param survivorVersion, mergedAwayVersion the versions the reviewer saw in the preview; if either record changed
 *                        since, nothing is merged and the reviewer is told to look again
 * @param keepFromMergedAway the conflicting fields whose value is taken from the merged-away record; every other
 *                        conflicting field must be in {@code keepFromSurvivor}
 */
public record MergeRequest(long survivorId, int survivorVersion, long mergedAwayId, int mergedAwayVersion,
        Set<MergeField> keepFromSurvivor, Set<MergeField> keepFromMergedAway, String reason) {
    public MergeRequest {
        keepFromSurvivor = keepFromSurvivor == null ? Set.of() : Set.copyOf(keepFromSurvivor);
        keepFromMergedAway = keepFromMergedAway == null ? Set.of() : Set.copyOf(keepFromMergedAway);
    }
}

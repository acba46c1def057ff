package org.peelrms.kernel;

/**
 * An event: a merge of two people ({@link PersonMerged}) was undone (issue 18, ADR 0045). Every module puts back
 * exactly the links it moved or set aside for {@link #mergeId()}: each record names again the person it named
 * before the merge. Links made to the survivor after the merge stay with the survivor.
 *
 * <p>Like {@link PersonMerged}, fired and observed inside the unmerge's transaction: all or nothing.
 */
public record MergeUndone(long mergeId, long survivorId, long mergedAwayId) {
}

package org.peelrms.kernel;

/**
 * An event: two records on the people index were found to be one person and merged (issue 18, ADR 0045). The
 * merged-away person's names, marks and markers now belong to the survivor, and every record in another module that
 * named the merged-away person must name the survivor instead.
 *
 * <p>Fired by nominal inside the merge's transaction and observed <em>in that transaction</em> (a plain
 * {@code @Observes}, not after commit): the merge moves every link or none. An observer that cannot move a link
 * throws {@link Conflict} or {@link InvalidInput} with a message for the reviewer, and the whole merge rolls back.
 * Each module keeps, in its own tables, which of its rows it moved (or set aside, where the survivor already had the
 * same link) under {@link #mergeId()}, so that {@link MergeUndone} can put back exactly those.
 *
 * @param mergeId     the merge, as nominal numbers it
 * @param survivorId  the person who remains on the index
 * @param mergedAwayId the person merged into the survivor; their id and reference still lead to the survivor
 */
public record PersonMerged(long mergeId, long survivorId, long mergedAwayId) {
}

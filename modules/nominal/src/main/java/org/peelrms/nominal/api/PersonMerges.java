package org.peelrms.nominal.api;

import java.util.List;
import java.util.Optional;

/**
 * Merging two records of one person, and undoing it (issue 18, items 2 and 3; ADR 0045). For the reviewers of the
 * duplicate queue (ADR 0044). A restricted person can be merged or unmerged only by someone on its list, who gives
 * the reason; to anyone else the pair is as if it did not exist. Every call is audited; bad input is refused with a
 * message ({@link org.peelrms.kernel.InvalidInput}, {@link org.peelrms.kernel.Conflict}) and changes nothing.
 */
public interface PersonMerges {
    /** The most merges one page of {@link #recent} gives. */
    int MOST_PER_PAGE = 200;

    /**
     * The two records side by side and the fields on which they disagree, for the reviewer to settle before
     * merging. Opens both records (each audited as a view, with the reason). Empty if either is not on file, hidden
     * from the caller, or already merged away.
     */
    Optional<MergePreview> preview(long survivorId, long mergedAwayId, String reason);

    /**
     * Merges {@code mergedAwayId} into {@code survivorId}: its names become other names of the survivor (with where
     * they came from), its marks and markers move to the survivor, the conflicting fields take the values the
     * reviewer chose, every record naming it in another module names the survivor ({@link
     * org.peelrms.kernel.PersonMerged}), and a review-queue pair of the two is marked MERGED. Audited with every
     * field's before and after. Refused if a conflict is left unsettled, if either is already merged away, or if
     * someone changed either record since the preview ({@link MergeRequest#survivorVersion()}). Empty, like
     * {@link #preview}, when either person is not on file or hidden from the caller (the REST API's 404).
     */
    Optional<MergeView> merge(MergeRequest request);

    /**
     * Puts both records back exactly as they were before the merge, every moved link included ({@link
     * org.peelrms.kernel.MergeUndone}); audited with the reason (required). Refused if already undone, or if the
     * survivor has since been merged into someone else (undo that merge first). Empty when there is no such merge,
     * or a person of it is hidden from the caller. Names, marks and markers given to the survivor after the merge
     * stay with the survivor; its own details go back to what they were before the merge.
     */
    Optional<MergeView> unmerge(long mergeId, String reason);

    /** One merge, if there is one the caller may see. */
    Optional<MergeView> find(long mergeId);

    /** Merges newest first (undone ones included), those with a person restricted from the caller left out. */
    List<MergeView> recent(int first, int max);

    /** The survivor a merged-away person now lives on as, if this id was merged away (and not undone). */
    java.util.OptionalLong survivorOf(long personId);
}

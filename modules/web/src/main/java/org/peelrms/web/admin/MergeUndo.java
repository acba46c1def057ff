package org.peelrms.web.admin;

import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.MergeView;
import org.peelrms.nominal.api.PersonMerges;
import org.peelrms.web.shell.Messages;

/** Undoing a merge from a page (the merge screen's confirmation, the recent merges): the call and what the page says. */
final class MergeUndo {
    private MergeUndo() {
    }

    /** The merge as undone, with a message saying so; null, with the refusal, when it was not undone. */
    static MergeView undo(PersonMerges merges, long mergeId, String reason) {
        try {
            MergeView undone = merges.unmerge(mergeId, reason).orElse(null);
            if (undone == null) {
                Messages.error("There is no such merge, or it is not yours to see.");
            } else {
                Messages.info("The merge is undone: " + undone.survivor() + " and " + undone.mergedAway()
                        + " are two records again, each as it was before the merge.");
            }
            return undone;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
            return null;
        }
    }
}

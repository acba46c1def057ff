package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peelrms.nominal.api.MergeView;
import org.peelrms.nominal.api.PersonMerges;

/**
 * The recent merges on the possible duplicates page, newest first, undone ones included, and undoing one with a
 * reason.
 */
@Named
@ViewScoped
public class RecentMergesView implements Serializable {
    /** How many merges the list shows. */
    static final int SHOWN = 20;

    @EJB
    private PersonMerges merges;

    private List<MergeView> recent;
    private MergeView chosen;
    private String reason;

    public List<MergeView> getRecent() {
        if (recent == null) {
            recent = merges.recent(0, SHOWN);
        }
        return recent;
    }

    /** The merge the reviewer is about to undo. */
    public void choose(MergeView merge) {
        chosen = merge;
        reason = null;
    }

    public void cancel() {
        chosen = null;
        reason = null;
    }

    public void undo() {
        if (chosen != null && MergeUndo.undo(merges, chosen.id(), reason) != null) {
            cancel();
            recent = null;
        }
    }

    public MergeView getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.Rank;

/**
 * The custody record page's form for a review of detention (PACE s. 40): an inspector or above, not
 * involved in the investigation.
 */
@Named
@ViewScoped
public class RecordReviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @Inject
    private RecordPageView page;

    private Rank rank = Rank.INSPECTOR;
    private boolean notInvolved;
    private boolean continueDetention = true;
    private String reviewGrounds;
    private String postponementReason;

    public void review() {
        page.act(() -> custody.review(page.getId(), new NewReview(rank, notInvolved, continueDetention, reviewGrounds,
                postponementReason)), "Review recorded.");
    }

    public Rank[] getRanks() {
        return Rank.values();
    }


    public Rank getRank() {
        return rank;
    }

    public void setRank(Rank rank) {
        this.rank = rank;
    }

    public boolean isNotInvolved() {
        return notInvolved;
    }

    public void setNotInvolved(boolean notInvolved) {
        this.notInvolved = notInvolved;
    }

    public boolean isContinueDetention() {
        return continueDetention;
    }

    public void setContinueDetention(boolean continueDetention) {
        this.continueDetention = continueDetention;
    }

    public String getReviewGrounds() {
        return reviewGrounds;
    }

    public void setReviewGrounds(String reviewGrounds) {
        this.reviewGrounds = reviewGrounds;
    }

    public String getPostponementReason() {
        return postponementReason;
    }

    public void setPostponementReason(String postponementReason) {
        this.postponementReason = postponementReason;
    }
}

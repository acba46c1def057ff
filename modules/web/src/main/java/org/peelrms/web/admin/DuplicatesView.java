package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.DuplicateReview;
import org.peelrms.nominal.api.DuplicateStatus;
import org.peelrms.nominal.api.JobView;
import org.peelrms.nominal.api.PeopleImports;
import org.peelrms.nominal.api.PossibleDuplicateView;
import org.peelrms.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The possible duplicates page ({@code admin/duplicates.xhtml?status=}): start the search for people on file twice
 * and watch it, the review queue in one status a page at a time (most probable first), and a reviewer's "not the
 * same person" with their reason. Merging a pair is the merge screen's ({@link MergeScreenView}).
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    @EJB
    private DuplicateReview review;

    @EJB
    private PeopleImports jobs;

    private DuplicateStatus status = DuplicateStatus.OPEN;
    private final WatchedJob search = new WatchedJob();
    private PossibleDuplicateView chosen;
    private String reason;

    private final LazyDataModel<PossibleDuplicateView> pairs = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, review.count(status));
        }

        @Override
        public List<PossibleDuplicateView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return review.queue(status, first, Math.min(pageSize, DuplicateReview.MOST_PER_PAGE));
        }

        @Override
        public String getRowKey(PossibleDuplicateView pair) {
            return String.valueOf(pair.id());
        }
    };

    public void find() {
        search.watch(review.startFinding());
        Messages.info("The search for people on file twice has started. The queue below shows what it finds when it has finished.");
    }

    /** The pair the reviewer is about to say are not the same person. */
    public void choose(PossibleDuplicateView pair) {
        chosen = pair;
        reason = null;
    }

    public void cancel() {
        chosen = null;
        reason = null;
    }

    public void notTheSamePerson() {
        if (chosen == null) {
            return;
        }
        try {
            review.notADuplicate(chosen.id(), reason).ifPresentOrElse(
                    pair -> Messages.info("Recorded: " + pair.first() + " and " + pair.second() + " are not the same person."),
                    () -> Messages.error("That pair is no longer in the queue."));
            cancel();
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    /** A probability as people read it: "97%" (rounded down, so that nothing short of certain shows as 100%). */
    public String percent(double probability) {
        return (int) Math.floor(probability * 100) + "%";
    }

    /** "To review (12)", for the links to each status. */
    public String label(DuplicateStatus shown) {
        String words = switch (shown) {
            case OPEN -> "To review";
            case NOT_A_DUPLICATE -> "Not the same person";
            case MERGED -> "Merged";
        };
        return words + " (" + review.count(shown) + ")";
    }

    public DuplicateStatus[] getStatuses() {
        return DuplicateStatus.values();
    }

    public LazyDataModel<PossibleDuplicateView> getPairs() {
        return pairs;
    }

    public JobView getJob() {
        return search.read(jobs::job);
    }

    public boolean isRunning() {
        return search.running(jobs::job);
    }

    public boolean isOpen() {
        return status == DuplicateStatus.OPEN;
    }

    public DuplicateStatus getStatus() {
        return status;
    }

    public void setStatus(DuplicateStatus status) {
        this.status = status == null ? DuplicateStatus.OPEN : status;
    }

    public PossibleDuplicateView getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

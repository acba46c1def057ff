package org.peelrms.web.crime;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.crime.api.ReportSummary;

/**
 * The lists that stop a report or crime falling through: reports near or past 24 hours (or all open
 * ones), overdue reviews, domestic abuse without a risk assessment, high risk without a MARAC
 * referral, cancellations waiting for a supervisor. Each list is read when its tab is first shown.
 */
@Named
@ViewScoped
public class CrimeListsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CrimeLists lists;

    private boolean allOpen;
    private List<ReportSummary> reports;
    private List<CrimeSummary> reviews;
    private List<ReportSummary> unassessed;
    private List<ReportSummary> unreferred;
    private List<CrimeSummary> cancellations;
    private List<CrimeSummary> recent;

    public List<ReportSummary> getReports() {
        if (reports == null) {
            reports = lists.openReports(!allOpen);
        }
        return reports;
    }

    public void showAllOpen() {
        allOpen = !allOpen;
        reports = null;
    }

    public List<CrimeSummary> getReviews() {
        if (reviews == null) {
            reviews = lists.overdueReviews();
        }
        return reviews;
    }

    public List<ReportSummary> getUnassessed() {
        if (unassessed == null) {
            unassessed = lists.domesticAbuseWithoutRiskAssessment();
        }
        return unassessed;
    }

    public List<ReportSummary> getUnreferred() {
        if (unreferred == null) {
            unreferred = lists.highRiskWithoutReferral();
        }
        return unreferred;
    }

    public List<CrimeSummary> getCancellations() {
        if (cancellations == null) {
            cancellations = lists.awaitingCancellationDecision();
        }
        return cancellations;
    }

    public List<CrimeSummary> getRecent() {
        if (recent == null) {
            recent = lists.recentCrimes(50);
        }
        return recent;
    }

    public boolean isAllOpen() {
        return allOpen;
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }
}

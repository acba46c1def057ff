package org.peelrms.crime.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reports of incidents, on the 24-hour recording clock. A report ends only as one or more crime
 * records or as a non-crime incident with a written rationale, each decision recorded with who made
 * it and when. Every call is audited in the caller's transaction; bad input is refused with a
 * message ({@link org.peelrms.kernel.InvalidInput}) and changes nothing.
 */
public interface Reports {

    /** Takes a report down and returns its id; the recording clock starts at its time of report. */
    long receive(NewReport report);

    /** The report, for its page (the view is audited); empty if there is none. */
    Optional<ReportView> report(long id);

    /**
     * The same, with the user's reason: a restricted report the caller may not see is empty (the
     * attempt audited), one they may see needs a reason ({@link org.peelrms.restriction.api.ReasonRequired}).
     */
    Optional<ReportView> report(long id, String reason);

    /**
     * Records the report as one or more crimes (one per victim) and returns their ids. The report
     * must still be open.
     */
    List<Long> recordCrimes(long reportId, List<NewCrime> crimes);

    /** Closes the report as a non-crime incident, with the rationale; supervisors only. */
    void closeAsNonCrime(long reportId, String rationale);

    /** Flags the report (and its crimes) as domestic abuse; a risk assessment is then required. */
    void flagDomesticAbuse(long reportId);

    /** Records a domestic-abuse risk assessment: the level and the answers that led to it. */
    void assessRisk(long reportId, RiskLevel level, List<RiskAnswer> answers);

    /** Records the referral of a high-risk case to a MARAC. */
    void referToMarac(long reportId, LocalDate conferenceDate, String note);

    /**
     * Whether a crime report with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}

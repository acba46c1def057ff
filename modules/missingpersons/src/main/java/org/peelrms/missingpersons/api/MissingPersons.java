package org.peelrms.missingpersons.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Missing person cases, from the report to the supervisor's closure. Every call is audited in the
 * caller's transaction; bad input is refused with a message ({@link org.peelrms.kernel.InvalidInput})
 * and changes nothing.
 */
public interface MissingPersons {

    /** Takes a report down and returns the case id. The person must be on the people index. */
    long report(NewMissingReport report);

    /** The case, for its page (the view is audited); empty if there is none. */
    Optional<CaseView> view(long id);

    /**
     * The same, with the user's reason: a restricted case the caller may not see is empty (the attempt
     * audited), one they may see needs a reason ({@link org.peelrms.restriction.api.ReasonRequired}).
     * A restricted person the caller may not see is shown without name or id.
     */
    Optional<CaseView> view(long id, String reason);

    /**
     * Grades or reviews the risk, with the rationale. The next review is due one interval of the new
     * level from now, so a change of level resets the schedule. A change of level needs a supervisor's
     * confirmation again.
     */
    void grade(long caseId, RiskLevel level, String rationale);

    /** A supervisor confirms the grading ({@code level} the same) or changes it; supervisors only. */
    void supervise(long caseId, RiskLevel level, String rationale);

    void logEnquiry(long caseId, String action, String result);

    void recordSighting(long caseId, NewSighting sighting);

    /** Records the person found; reviews stop. */
    void found(long caseId, Found found);

    /** A child's return home interview: offered when, and done or declined. */
    void returnInterview(long caseId, OffsetDateTime offeredAt, InterviewOutcome outcome, OffsetDateTime at,
            String note);

    /** Closes a found case, approved by a supervisor; a child's return home interview must be recorded. */
    void close(long caseId, String note);

    /** Open cases, highest risk first, then by review due. */
    List<OpenCase> openCases();

    /** Open cases not yet graded or whose review is due within the hour or overdue, most urgent first. */
    List<OpenCase> reviewsDue();

    /** A person's missing episodes, oldest first. */
    List<Episode> episodes(long personId);

    /**
     * Whether a missing person case with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}

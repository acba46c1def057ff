package org.peelrms.casefile.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Case files, from the draft to the court's outcome. Every call is audited in the caller's transaction;
 * bad input is refused with a message ({@link org.peelrms.kernel.InvalidInput}) and changes nothing; a
 * rule about who may act on this file ({@link org.peelrms.kernel.NotPermitted}) likewise.
 */
public interface CaseFiles {

    /** Opens a file in draft and returns its id. The crimes and people must exist. */
    long open(NewCaseFile file);

    /** The file, for its page (the view is audited); empty if there is none. A restricted file needs a reason. */
    Optional<CaseFileView> view(long id);

    /**
     * The file, opened with the caller's reason (ADR 0019): empty if there is none or it is restricted and
     * hidden from the caller; {@link org.peelrms.restriction.api.ReasonRequired} if it is restricted, the
     * caller is on its list and gave no reason. The view is audited with the reason. A restricted person or
     * crime linked to the file that the caller may not see is shown withheld.
     */
    Optional<CaseFileView> view(long id, String reason);

    /** The file with this reference, e.g. CF/2026/000012 (audited); empty if none. */
    Optional<CaseFileView> view(String reference);

    /** The file with this reference, opened with the caller's reason as {@link #view(long, String)}. */
    Optional<CaseFileView> view(String reference, String reason);

    void linkCrime(long fileId, long crimeId);

    /** Links a person on the people index as a suspect, a defendant or a witness (the MG9 list). */
    void linkPerson(long fileId, long personId, PartyRole role);

    /** Writes a form, or rewrites it (a rewritten form must be signed again); returns the form's id. */
    long writeForm(long fileId, FormText text);

    /**
     * Records a form as signed: an MG11 by its witness (on the day given, else today), an MG6C or MG6D by
     * the caller as disclosure officer. The MG5 is certified by a supervisor when they approve the file.
     */
    void signForm(long fileId, long formId, LocalDate signedOn);

    /** Adds an exhibit (MG12) with its first continuity entry; returns its id. */
    long addExhibit(long fileId, NewExhibit exhibit);

    /** Adds a continuity entry, or a correction of one; never changes or removes one. Returns its id. */
    long recordMovement(long fileId, long exhibitId, Movement movement);

    /** The officer in the case (or who opened the file) sends it to the supervisor to check. */
    void submitForCheck(long fileId);

    /** A supervisor who did not prepare it approves it, certifying the MG5; only when nothing is missing. */
    void approve(long fileId, String note);

    /** A supervisor who did not prepare it returns it with written feedback, which is kept. */
    void returnToOfficer(long fileId, String feedback);

    /** An approved, complete file goes to the CPS (for a pre-charge file: the charging decision is requested). */
    void submitToCps(long fileId);

    /** The CPS's charging decision, in its words (the MG3's decision part). */
    void recordChargingDecision(long fileId, String decision);

    void listAtCourt(long fileId, String court, LocalDate hearingDate);

    void recordOutcome(long fileId, String outcome);

    /** Files whose officer in the case is the caller, not yet at outcome, oldest first. */
    List<CaseFileSummary> mine();

    /** Files with a supervisor now, those naming the caller first. */
    List<CaseFileSummary> awaitingCheck();

    /** Every file on which this person is a suspect, defendant or witness, newest first (none if the person is hidden). */
    List<CaseFileSummary> ofPerson(long personId);

    /**
     * One form as a PDF in the layout of the Manual of Guidance form (audited as an export). A PDF opens the
     * file: a restricted one is admitted as {@link #view(long, String)}, with the reason.
     */
    byte[] formPdf(long fileId, Form form, String reason);

    /** The whole file as one PDF: a front sheet, then every form the file holds (audited as an export). */
    byte[] bundlePdf(long fileId, String reason);

    /**
     * Whether a case file with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}

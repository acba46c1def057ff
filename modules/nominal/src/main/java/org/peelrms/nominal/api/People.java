package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Keeping the people index: putting a person on file, correcting them, their other names, marks and
 * warning markers. Every change is audited in its own transaction; bad input is refused with a
 * message ({@link org.peelrms.kernel.InvalidInput}) and changes nothing.
 */
public interface People {

    /** The person's whole record, for their page (the view is audited); empty if there is none. */
    Optional<PersonRecord> record(long id);

    /**
     * The same, with the user's reason for opening the record. A restricted person the caller is not
     * allowed to see is empty, exactly as a person not on file, and the denied attempt is audited; one
     * they are allowed to see needs a reason ({@link org.peelrms.restriction.api.ReasonRequired}),
     * which the view's audit entry keeps. The id of a person merged into another (ADR 0045) gives the
     * survivor's record, with {@link PersonRecord#openedAs()} saying who was asked for and which merge.
     */
    Optional<PersonRecord> record(long id, String reason);

    /**
     * The person a write names, without opening their record (ADR 0041): empty when there is no such person or they
     * are restricted and hidden from the caller; a person restricted to the caller needs the reason
     * ({@link org.peelrms.restriction.api.ReasonRequired}), which the write's own audit entry keeps. Not audited.
     * A merged-away person's id gives the survivor's reference (ADR 0045): a new link to the old id names the survivor.
     */
    Optional<PersonReference> reference(long id, String reason);

    /**
     * The number on file of the person with this reference (as given at import, e.g. {@code DEMO-000051};
     * letter case ignored), for auditors who were given the reference shown on the person's page. Opens
     * no record and is not audited: the report it serves is. A merged-away person's reference gives the survivor.
     */
    OptionalLong idOfReference(String reference);

    /**
     * People already on file who may be the same as the one about to be created: the name search
     * on the details given, so that duplicates are stopped at source.
     */
    List<PersonHit> possibleDuplicates(PersonDetails details);

    /**
     * Whether a restricted person the caller may not see would also match these details: so that search
     * before create can say "a restricted record may match; ask" instead of inviting a duplicate. Says
     * nothing of who it is, nor how many.
     */
    boolean restrictedRecordMayMatch(PersonDetails details);

    /** Other people on file who may be the same as this one. */
    List<PersonHit> possibleDuplicatesOf(long id);

    /** Puts a new person on file and returns their id. */
    long create(PersonDetails details);

    /**
     * Corrects a person's details.
     *
     * @param version the version the officer edited; if someone changed the person since, nothing
     *                is saved and the officer is told to reload
     */
    void change(long id, int version, PersonDetails details);

    void addOtherName(long id, NameType type, String forenames, String surname, LocalDate dateOfBirth);

    void endOtherName(long id, long nameId);

    void addMark(long id, MarkKind kind, String description, String bodyLocation);

    void setMarker(long id, MarkerType type, String note);

    /** Ends a warning marker, with the reason; supervisors only. */
    void endMarker(long id, long markerId, String reason);

    /**
     * Whether a person with this id is on file, and nothing more about it (no view is audited): for checks before
     * another record or a restriction names it. Open to every caller.
     */
    boolean exists(long id);
}

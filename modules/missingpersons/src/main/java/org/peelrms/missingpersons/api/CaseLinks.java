package org.peelrms.missingpersons.api;

/**
 * The people and places linked to a missing person case: where they may go, who they may be with.
 * A linked person is someone on the people index (search first); a place is an address or a
 * description. Both say how they are linked. Audited; bad input is refused with a message.
 */
public interface CaseLinks {

    /** Links a person on the people index, e.g. "mother", "boyfriend", "last seen with". */
    void linkPerson(long caseId, long personId, String relationship);

    /** Links a place, e.g. "grandmother's house", "where she works". */
    void linkPlace(long caseId, String place, String relationship);
}

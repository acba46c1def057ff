package org.peelrms.missingpersons.internal;

import jakarta.persistence.EntityManager;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CaseStatus;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordWrites;

/**
 * Finding the case a change is for: one that exists and that the caller may see. To a caller not on a
 * restricted case's list, it does not exist: the same message as for a wrong id (ADR 0019).
 */
final class CaseLookup {

    private CaseLookup() {
    }

    static MissingCase existing(EntityManager entityManager, RecordWrites writes, long id) {
        return writes.existing(RecordRef.of(RecordType.MISSING_PERSON_CASE, id), entityManager.find(MissingCase.class, id),
                "There is no missing person case " + id + ".");
    }

    /** An existing case that is not closed; {@code what} says what can no longer be done to a closed one. */
    static MissingCase notClosed(EntityManager entityManager, RecordWrites writes, long id, String what) {
        MissingCase missing = existing(entityManager, writes, id);
        if (missing.status() == CaseStatus.CLOSED) {
            throw new InvalidInput("Case " + id + " is closed; " + what);
        }
        return missing;
    }
}

package org.peelrms.missingpersons.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.peelrms.kernel.PersonNamed;
import org.peelrms.kernel.PublishedFacts;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * The people each missing person case names, published as {@link PersonNamed} events (ADR 0042): when a case is
 * reported, and all again at start-up, so that the people index shows a person's missing episodes on their search
 * hits from a read model of its own.
 */
@ApplicationScoped
public class EpisodesPublished implements PublishedFacts {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @Inject
    private Event<PersonNamed> events;

    /** The case's missing person and its reporter, if on file; delivered to observers once the caller's work commits. */
    void reported(long caseId, long personId, Long reporterPersonId, OffsetDateTime reportedAt) {
        RecordRef record = RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId);
        events.fire(new PersonNamed(record, personId, PersonNamed.MISSING, reportedAt));
        if (reporterPersonId != null) {
            events.fire(new PersonNamed(record, reporterPersonId, PersonNamed.REPORTER, reportedAt));
        }
    }

    @Override
    public String name() {
        return "missing person episodes";
    }

    @Override
    public int republish() {
        return published(entityManager.createQuery("select c.id, c.personId, c.reporterPersonId, c.reportedAt"
                + " from MissingCase c order by c.id", Object[].class).getResultList());
    }

    /**
     * The facts of every case naming these people, published again (after a merge of two people or its undoing,
     * when the people index has forgotten what it held for them: ADR 0046).
     */
    void republish(Collection<Long> people) {
        published(entityManager.createQuery("select c.id, c.personId, c.reporterPersonId, c.reportedAt"
                        + " from MissingCase c where c.personId in (:people) or c.reporterPersonId in (:people)"
                        + " order by c.id", Object[].class).setParameter("people", people).getResultList());
    }

    private int published(List<Object[]> cases) {
        int published = 0;
        for (Object[] row : cases) {
            reported((Long) row[0], (Long) row[1], (Long) row[2], (OffsetDateTime) row[3]);
            published++;
        }
        return published;
    }
}

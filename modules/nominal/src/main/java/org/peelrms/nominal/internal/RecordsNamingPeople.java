package org.peelrms.nominal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.PersonNamed;
import org.peelrms.kernel.RecordType;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.restriction.api.HiddenRecords;

/**
 * The people index's read model of the records that name a person (ADR 0042), fed by {@link PersonNamed} events
 * after the other module's commit. Today it gives each search hit the days the person was reported missing, so
 * that a search makes one call and one SEARCH entry.
 */
@Stateless
@PermitAll
public class RecordsNamingPeople {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    /** Keeps the fact, once, in a transaction of its own after the publisher's has committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonNamed named) {
        entityManager.createNativeQuery("INSERT INTO nominal.person_named (record_type, record_id, person_id, named_as,"
                        + " named_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, named.record().type().name()).setParameter(2, named.record().id())
                .setParameter(3, named.personId()).setParameter(4, named.as()).setParameter(5, named.at())
                .executeUpdate();
    }

    /** The hits, each with the days its person was reported missing (cases hidden from the caller left out). */
    public List<PersonHit> withMissingEpisodes(List<PersonHit> hits, HiddenRecords hidden) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<Long, List<LocalDate>> days = new HashMap<>();
        List<Long> people = hits.stream().map(PersonHit::id).toList();
        for (Object row : entityManager.createNativeQuery("SELECT person_id, record_id, named_at FROM nominal.person_named"
                        + " WHERE record_type = :type AND named_as = :as AND person_id IN (:people) ORDER BY named_at")
                .setParameter("type", RecordType.MISSING_PERSON_CASE.name()).setParameter("as", PersonNamed.MISSING)
                .setParameter("people", people).getResultList()) {
            Object[] columns = (Object[]) row;
            long caseId = ((Number) columns[1]).longValue();
            if (!hidden.contains(RecordType.MISSING_PERSON_CASE, caseId)) {
                days.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
                        .add(day(columns[2]));
            }
        }
        return hits.stream().map(hit -> hit.withMissingEpisodes(days.getOrDefault(hit.id(), List.of()))).toList();
    }

    private static LocalDate day(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.atZoneSameInstant(UK).toLocalDate();
        }
        if (value instanceof java.time.Instant at) {
            return at.atZone(UK).toLocalDate();
        }
        if (value instanceof java.time.ZonedDateTime at) {
            return at.withZoneSameInstant(UK).toLocalDate();
        }
        return ((Timestamp) value).toInstant().atZone(UK).toLocalDate();
    }
}

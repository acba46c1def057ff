package org.peelrms.restriction.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.MergeUndone;
import org.peelrms.kernel.PersonMerged;
import org.peelrms.kernel.RecordRef;
import org.peelrms.restriction.api.RestrictableRecords;

/**
 * A restricted person stays restricted when merged into another (ADR 0046), inside the merge's transaction: if the
 * survivor has a restriction in force it keeps its own; if only the merged-away person is restricted, the survivor
 * gets the same restriction (category, reason, users and groups), marked with the merge's id. Undoing the merge
 * lifts exactly that restriction. Each audited on the survivor.
 */
@Stateless
@PermitAll
public class RestrictionFollowsMerge {

    @PersistenceContext(unitName = "restriction")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public void merged(@Observes PersonMerged merged) {
        if (!inForce(merged.survivorId()).isEmpty()) {
            return;
        }
        for (Restriction restriction : inForce(merged.mergedAwayId())) {
            Restriction carried = restriction.carriedTo(merged.survivorId(), merged.mergeId(), caller(), now());
            entityManager.persist(carried);
            entityManager.flush();
            audit.record(AuditEvent.changed(RestrictableRecords.PERSON, merged.survivorId(), "restricted as person "
                            + merged.mergedAwayId() + " was, by merge " + merged.mergeId() + "; restriction " + carried.id())
                    .naming(RecordRef.person(merged.mergedAwayId())));
        }
    }

    public void undone(@Observes MergeUndone undone) {
        for (Restriction carried : entityManager.createQuery("select r from Restriction r where r.mergeId = :merge"
                + " and r.liftedAt is null", Restriction.class).setParameter("merge", undone.mergeId()).getResultList()) {
            carried.lift(caller(), now(), "merge " + undone.mergeId() + " undone");
            audit.record(AuditEvent.changed(RestrictableRecords.PERSON, undone.survivorId(), "restriction "
                            + carried.id() + " lifted: merge " + undone.mergeId() + " undone")
                    .naming(RecordRef.person(undone.mergedAwayId())));
        }
    }

    private List<Restriction> inForce(long personId) {
        return entityManager.createQuery("select r from Restriction r where r.liftedAt is null and r.recordType = :type"
                        + " and r.recordId = :id", Restriction.class)
                .setParameter("type", RestrictableRecords.PERSON).setParameter("id", personId).getResultList();
    }

    private String caller() {
        return Callers.nameOf(session.getCallerPrincipal());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package org.peelrms.restriction.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.Access;
import org.peelrms.restriction.api.HiddenRecords;
import org.peelrms.restriction.api.ReasonRequired;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.Restrictions;

/**
 * The record access step (ADR 0040): the restriction check, the reason and the audit entry of every way in to a
 * record, in one place. Open to every caller; the record module has checked the caller's role already.
 */
@Stateless
@PermitAll
public class AuditedRecordAccess implements RecordAccess {

    @PersistenceContext(unitName = "restriction")
    private EntityManager entityManager;

    @EJB
    private Restrictions restrictions;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    public boolean open(RecordRef record, boolean exists, String reason) {
        return open(record, exists, reason, null);
    }

    @Override
    public boolean open(RecordRef record, boolean exists, String reason, String part) {
        if (!admitted(record, exists, reason)) {
            return false;
        }
        audit.record(new AuditEvent(AuditAction.VIEW, record.type().name(), String.valueOf(record.id()), part, null,
                null).because(reason));
        return true;
    }

    @Override
    public boolean open(RecordRef record, RecordRef coveredBy, boolean exists, String reason) {
        if (exists && !mayName(coveredBy, reason)) {
            audit.record(AuditEvent.accessDenied(coveredBy.type().name(), coveredBy.id(), "restricted record; not on its list"));
            return false;
        }
        return open(record, exists, reason);
    }

    @Override
    public boolean export(RecordRef record, boolean exists, String reason, String what) {
        if (!admitted(record, exists, reason)) {
            return false;
        }
        audit.record(AuditEvent.exported(record.type().name(), what, 1).because(reason));
        return true;
    }

    private boolean admitted(RecordRef record, boolean exists, String reason) {
        if (!mayName(record, reason)) {
            audit.record(AuditEvent.accessDenied(record.type().name(), record.id(), "restricted record; not on its list"));
            return false;
        }
        if (!exists) {
            audit.record(AuditEvent.accessDenied(record.type().name(), record.id(),
                    "asked for a " + record.type().label() + " that does not exist"));
            return false;
        }
        return true;
    }

    @Override
    public boolean mayName(RecordRef record, String reason) {
        Access access = restrictions.access(record.type().name(), record.id());
        if (access == Access.ALLOWED && (reason == null || reason.isBlank())) {
            throw new ReasonRequired("This " + record.type().label() + " is restricted: give your reason for opening"
                    + " it (it is kept on the audit log).");
        }
        return access != Access.HIDDEN;
    }

    @Override
    public HiddenRecords hidden(RecordType... types) {
        if (types.length == 0) {
            return HiddenRecords.NONE;
        }
        List<Restriction> inForce = inForce(types);
        if (inForce.isEmpty()) {
            return HiddenRecords.NONE;
        }
        Caller caller = Caller.of(session, entityManager);
        Map<RecordType, Set<Long>> hidden = new EnumMap<>(RecordType.class);
        for (Restriction restriction : inForce) {
            if (!caller.on(restriction)) {
                RecordType.named(restriction.recordType()).ifPresent(type -> hidden
                        .computeIfAbsent(type, t -> new HashSet<>()).add(restriction.recordId()));
            }
        }
        return new HiddenRecords(hidden);
    }

    /**
     * The restrictions in force on records of these kinds. One parameter a kind, not one list parameter: Hibernate
     * keeps the translation of a query whose parameters are single values, and translates again on every call a query
     * with a list parameter (a search reads this on every call; ADR 0054).
     */
    private List<Restriction> inForce(RecordType... types) {
        StringJoiner kinds = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < types.length; i++) {
            kinds.add(":type" + i);
        }
        TypedQuery<Restriction> query = entityManager.createQuery("select r from Restriction r where r.liftedAt is null"
                + " and r.recordType in " + kinds, Restriction.class);
        for (int i = 0; i < types.length; i++) {
            query.setParameter("type" + i, types[i].name());
        }
        return query.getResultList();
    }

    @Override
    public void listed(String recordType, String what, int shown) {
        audit.record(AuditEvent.searched(recordType, what, shown));
    }

    @Override
    public void listed(String recordType, String what, List<?> shownIds, String reason) {
        audit.record(AuditEvent.searched(recordType, what, shownIds.size()).because(reason).withResults(shownIds));
    }

    @Override
    public void exported(String report, String what, int rows) {
        audit.record(AuditEvent.exported(report, what, rows));
    }
}

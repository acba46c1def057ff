package org.peelrms.restriction.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.Access;
import org.peelrms.restriction.api.NewRestriction;
import org.peelrms.restriction.api.ReasonRequired;
import org.peelrms.restriction.api.RestrictableRecords;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.restriction.api.Restrictions;

/**
 * Restrictions with standard JPA. Restricting and lifting are audited on the restricted record
 * itself (its type and id), with the reason, so the record's own trail shows them.
 */
@Stateless
@PermitAll
public class JpaRestrictions implements Restrictions {

    @PersistenceContext(unitName = "restriction")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public long restrict(NewRestriction asked) {
        Require.present(asked, "Say which record to restrict.");
        Require.that(RestrictableRecords.ALL.contains(asked.recordType()), "A " + asked.recordType()
                + " cannot be restricted; these can: " + String.join(", ", RestrictableRecords.ALL) + ".");
        Require.that(asked.recordId() > 0, "Give the id of the record to restrict.");
        Require.present(asked.category(), "Choose the category of restriction.");
        String reason = Require.text(asked.reason(), 2000, "Give the reason for restricting the record.");
        Caller caller = Caller.of(session, entityManager);
        Optional<Restriction> existing = inForce(asked.recordType(), asked.recordId());
        if (existing.isPresent()) {
            throw new InvalidInput(caller.on(existing.get()) || session.isCallerInRole(Roles.ADMIN)
                    ? "This record is already restricted; change who may see it by lifting the restriction and"
                            + " restricting it again."
                    : "There is no " + RestrictableRecords.label(asked.recordType()) + " " + asked.recordId() + ".");
        }
        Set<String> users = names(asked.users(), 64, "A user name");
        users.add(caller.username());
        Set<String> groups = names(asked.groups(), 100, "A group name");
        Require.that(users.size() > 1 || !groups.isEmpty() || opensRecords(),
                "Name the users or access groups who may still see this record. You cannot open records yourself"
                        + " (administrators manage restrictions), so a record restricted to you alone could be"
                        + " opened by nobody.");
        List<String> known = groups.isEmpty() ? List.of() : entityManager.createQuery(
                "select g.name from AccessGroup g where g.name in :names", String.class)
                .setParameter("names", groups).getResultList();
        List<String> unknown = groups.stream().filter(g -> !known.contains(g)).toList();
        Require.that(unknown.isEmpty(), "There is no access group called " + String.join(", ", unknown) + ".");
        Restriction restriction = new Restriction(asked.recordType(), asked.recordId(), asked.category(), reason, users,
                groups, caller.username(), now());
        entityManager.persist(restriction);
        entityManager.flush();
        audit.record(AuditEvent.changed(asked.recordType(), asked.recordId(), "restricted ("
                + asked.category().label() + ") to users " + users + (groups.isEmpty() ? "" : " and groups " + groups)
                + "; restriction " + restriction.id()).because(reason));
        return restriction.id();
    }

    /** Whether the caller has a role that opens records (administrators and auditors do not). */
    private boolean opensRecords() {
        return Stream.of(Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR)
                .anyMatch(session::isCallerInRole);
    }

    @Override
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void lift(long restrictionId, String reason) {
        String why = Require.text(reason, 2000, "Give the reason for lifting the restriction.");
        Restriction restriction = entityManager.find(Restriction.class, restrictionId);
        boolean mayLift = restriction != null && restriction.inForce() && (session.isCallerInRole(Roles.ADMIN)
                || Caller.of(session, entityManager).on(restriction));
        Require.that(mayLift, "There is no restriction " + restrictionId + " in force.");
        restriction.lift(Caller.of(session, entityManager).username(), now(), why);
        audit.record(AuditEvent.changed(restriction.recordType(), restriction.recordId(),
                "restriction " + restrictionId + " lifted").because(why));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<RestrictionView> inForce() {
        List<RestrictionView> all = entityManager.createQuery("select r from Restriction r where r.liftedAt is null"
                + " order by r.restrictedAt desc", Restriction.class).getResultList().stream()
                .map(Restriction::view).toList();
        audit.record(AuditEvent.searched("RESTRICTION", "restrictions in force", all.size()));
        return all;
    }

    @Override
    public Optional<RestrictionView> on(String recordType, long recordId) {
        Caller caller = Caller.of(session, entityManager);
        return inForce(recordType, recordId).filter(caller::on).map(Restriction::view);
    }

    @Override
    public Access access(String recordType, long recordId) {
        return inForce(recordType, recordId)
                .map(r -> Caller.of(session, entityManager).on(r) ? Access.ALLOWED : Access.HIDDEN)
                .orElse(Access.OPEN);
    }

    @Override
    public boolean admit(String recordType, long recordId, String reason) {
        Access access = access(recordType, recordId);
        if (access == Access.HIDDEN) {
            audit.record(AuditEvent.accessDenied(recordType, recordId, "restricted record; not on its list"));
            return false;
        }
        if (access == Access.ALLOWED && (reason == null || reason.isBlank())) {
            throw new ReasonRequired("This " + RestrictableRecords.label(recordType) + " is restricted: give your"
                    + " reason for opening it (it is kept on the audit log).");
        }
        return true;
    }

    @Override
    public Set<Long> hidden(String recordType) {
        List<Restriction> restricted = entityManager.createQuery("select r from Restriction r where r.liftedAt is null"
                + " and r.recordType = :type", Restriction.class).setParameter("type", recordType).getResultList();
        if (restricted.isEmpty()) {
            return Set.of();
        }
        Caller caller = Caller.of(session, entityManager);
        return restricted.stream().filter(r -> !caller.on(r)).map(Restriction::recordId).collect(Collectors.toSet());
    }

    @Override
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Set<RecordRef> restrictedAmong(Collection<RecordRef> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        Set<String> types = records.stream().map(r -> r.type().name()).collect(Collectors.toSet());
        Set<RecordRef> inForce = entityManager.createQuery("select r from Restriction r where r.liftedAt is null"
                + " and r.recordType in :types", Restriction.class).setParameter("types", types).getResultStream()
                .flatMap(r -> RecordType.named(r.recordType()).map(t -> new RecordRef(t, r.recordId())).stream())
                .collect(Collectors.toSet());
        return records.stream().filter(inForce::contains).collect(Collectors.toSet());
    }

    private Optional<Restriction> inForce(String recordType, long recordId) {
        return entityManager.createQuery("select r from Restriction r where r.liftedAt is null"
                        + " and r.recordType = :type and r.recordId = :id", Restriction.class)
                .setParameter("type", recordType).setParameter("id", recordId).getResultStream().findFirst();
    }

    private static Set<String> names(List<String> given, int max, String what) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : given == null ? new ArrayList<String>() : given) {
            String stripped = Require.optional(name, max, what);
            if (stripped != null) {
                names.add(stripped);
            }
        }
        return names;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

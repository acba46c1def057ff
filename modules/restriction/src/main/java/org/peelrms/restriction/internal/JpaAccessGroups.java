package org.peelrms.restriction.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.AccessGroupView;
import org.peelrms.restriction.api.AccessGroups;

/** Access groups with standard JPA; administrators only; every change audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JpaAccessGroups implements AccessGroups {
    static final String ACCESS_GROUP = "ACCESS_GROUP";

    @PersistenceContext(unitName = "restriction")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    public List<AccessGroupView> all() {
        return entityManager.createQuery("select g from AccessGroup g order by g.name", AccessGroup.class)
                .getResultList().stream().map(AccessGroup::view).toList();
    }

    @Override
    public long create(String name, String description) {
        String groupName = Require.text(name, 100, "Give the group a name.");
        Require.that(find(groupName) == null, "There is already a group called " + groupName + ".");
        AccessGroup group = new AccessGroup(groupName, Require.optional(description, 500, "The description"),
                Callers.nameOf(session.getCallerPrincipal()), OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(group);
        entityManager.flush();
        audit.record(AuditEvent.created(ACCESS_GROUP, group.id(), "access group " + groupName));
        return group.id();
    }

    @Override
    public void addMember(String groupName, String username) {
        AccessGroup group = existing(groupName);
        String user = Require.text(username, 64, "Give the user name to add.");
        Require.that(group.members().add(user), user + " is already in " + group.name() + ".");
        audit.record(AuditEvent.changed(ACCESS_GROUP, group.id(), group.name() + ": added " + user));
    }

    @Override
    public void removeMember(String groupName, String username) {
        AccessGroup group = existing(groupName);
        String user = Require.text(username, 64, "Give the user name to remove.");
        Require.that(group.members().remove(user), user + " is not in " + group.name() + ".");
        audit.record(AuditEvent.changed(ACCESS_GROUP, group.id(), group.name() + ": removed " + user));
    }

    private AccessGroup existing(String groupName) {
        AccessGroup group = find(groupName == null ? "" : groupName.strip());
        Require.that(group != null, "There is no access group called " + groupName + ".");
        return group;
    }

    private AccessGroup find(String name) {
        return entityManager.createQuery("select g from AccessGroup g where g.name = :name", AccessGroup.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }
}

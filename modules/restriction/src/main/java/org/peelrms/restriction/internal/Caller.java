package org.peelrms.restriction.internal;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.peelrms.kernel.Callers;

/** Who is asking: the signed-in user's name and the access groups they belong to. */
record Caller(String username, Set<String> groups) {

    static Caller of(SessionContext session, EntityManager entityManager) {
        String name = Callers.nameOf(session.getCallerPrincipal());
        Set<String> groups = new HashSet<>(entityManager.createQuery(
                "select g.name from AccessGroup g join g.members m where m = :user", String.class)
                .setParameter("user", name).getResultList());
        return new Caller(name, groups);
    }

    boolean on(Restriction restriction) {
        return restriction.allows(username, groups);
    }
}

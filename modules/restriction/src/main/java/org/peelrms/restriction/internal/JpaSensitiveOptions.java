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
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.ReasonRequired;
import org.peelrms.restriction.api.SensitiveOptions;

/** Sensitive search options with standard JPA: a row means sensitive. */
@Stateless
@PermitAll
public class JpaSensitiveOptions implements SensitiveOptions {
    static final String SENSITIVE_OPTION = "SENSITIVE_SEARCH_OPTION";

    @PersistenceContext(unitName = "restriction")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    public Set<String> sensitive(String search) {
        return entityManager.createQuery("select o from SensitiveOption o where o.search = :search", SensitiveOption.class)
                .setParameter("search", search).getResultList().stream().map(SensitiveOption::option)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void mark(String search, String option, boolean sensitive) {
        String searchName = Require.text(search, 40, "Say which search the option belongs to.");
        String optionName = Require.text(option, 40, "Say which option to mark.");
        SensitiveOption row = entityManager.find(SensitiveOption.class, SensitiveOption.key(searchName, optionName));
        if (sensitive && row == null) {
            entityManager.persist(new SensitiveOption(searchName, optionName, Callers.nameOf(session.getCallerPrincipal()),
                    OffsetDateTime.now(ZoneOffset.UTC)));
        } else if (!sensitive && row != null) {
            entityManager.remove(row);
        }
        audit.record(AuditEvent.changed(SENSITIVE_OPTION, SensitiveOption.key(searchName, optionName),
                sensitive ? "marked sensitive: a reason is asked for" : "marked not sensitive"));
    }

    @Override
    public Set<String> justify(String search, Collection<String> optionsUsed, String reason) {
        Set<String> used = sensitive(search);
        used.retainAll(optionsUsed);
        if (!used.isEmpty() && (reason == null || reason.isBlank())) {
            throw new ReasonRequired("Searching by " + String.join(", ", used) + " is marked sensitive: give your"
                    + " reason for this search (it is kept on the audit log).");
        }
        return used;
    }
}

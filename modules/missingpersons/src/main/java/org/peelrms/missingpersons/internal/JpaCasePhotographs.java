package org.peelrms.missingpersons.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;
import org.peelrms.missingpersons.api.RecordTypes;
import org.peelrms.restriction.api.Restrictions;

/** The photographs on missing person cases, for the operational roles. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCasePhotographs implements CasePhotographs {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @EJB
    private Restrictions restrictions;

    @Resource
    private SessionContext session;

    @Inject
    private MissingClock clock;

    @Override
    public void add(long caseId, NewPhotograph photograph) {
        CaseLookup.notClosed(entityManager, restrictions, caseId, "a photograph can no longer be added.");
        CasePhotograph added = new CasePhotograph(caseId,
                photograph, new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.now()));
        entityManager.persist(added);
        audit.record(AuditEvent.changed(RecordTypes.MISSING_PERSON_CASE, caseId, "photograph added ("
                + added.contentType() + ", " + added.size() + " bytes)"));
    }

    @Override
    public Optional<Photograph> current(long caseId, String reason) {
        if (!restrictions.admit(RecordTypes.MISSING_PERSON_CASE, caseId, reason)) {
            return Optional.empty();
        }
        Optional<Photograph> newest = entityManager.createQuery("select p from CasePhotograph p where p.caseId = :c"
                + " order by p.addedAt desc, p.id desc", CasePhotograph.class).setParameter("c", caseId)
                .setMaxResults(1).getResultStream().findFirst().map(CasePhotograph::view);
        newest.ifPresent(p -> audit.record(new AuditEvent(AuditAction.VIEW, RecordTypes.MISSING_PERSON_CASE,
                String.valueOf(caseId), "photograph", null, null).because(reason)));
        return newest;
    }
}

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
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** The photographs on missing person cases, for the operational roles. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCasePhotographs implements CasePhotographs {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Inject
    private MissingClock clock;

    @Override
    public void add(long caseId, NewPhotograph photograph) {
        CaseLookup.notClosed(entityManager, writes, caseId, "a photograph can no longer be added.");
        CasePhotograph added = new CasePhotograph(caseId,
                photograph, new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.now()));
        entityManager.persist(added);
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("photograph added ("
                + added.contentType() + ", " + added.size() + " bytes)"));
    }

    @Override
    public Optional<Photograph> current(long caseId, String reason) {
        Optional<Photograph> newest = entityManager.createQuery("select p from CasePhotograph p where p.caseId = :c"
                + " order by p.addedAt desc, p.id desc", CasePhotograph.class).setParameter("c", caseId)
                .setMaxResults(1).getResultStream().findFirst().map(CasePhotograph::view);
        // No photograph: nothing is shown, so nothing is opened.
        return newest.isEmpty() || access.open(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), true, reason,
                "photograph") ? newest : Optional.empty();
    }
}

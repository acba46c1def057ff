package org.peelrms.missingpersons.internal;

import org.peelrms.kernel.RecordType;
import org.peelrms.kernel.RecordRef;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CaseLinks;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Linking people on the index and places to missing person cases, for the operational roles. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCaseLinks implements CaseLinks {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private People people;

    @Resource
    private SessionContext session;

    @Inject
    private MissingClock clock;

    @Override
    public void linkPerson(long caseId, long personId, String relationship) {
        MissingCase missing = open(caseId);
        PersonReference person = people.reference(personId, null).orElseThrow(() -> new InvalidInput("There is no person "
                + personId + " on the people index; search for them, or put them on file first."));
        if (person.id() == missing.personId()) {
            throw new InvalidInput("That is the missing person themselves; link someone else.");
        }
        add(CaseLink.person(caseId, person.id(), person.displayName(), relationship, stamp()));
    }

    @Override
    public void linkPlace(long caseId, String place, String relationship) {
        open(caseId);
        add(CaseLink.place(caseId, place, relationship, stamp()));
    }

    /** A case's links, oldest first. */
    static List<CaseView.Link> of(EntityManager entityManager, long caseId) {
        return entityManager.createQuery("select l from CaseLink l where l.caseId = :c order by l.addedAt, l.id",
                CaseLink.class).setParameter("c", caseId).getResultStream().map(CaseLink::view).toList();
    }

    private void add(CaseLink link) {
        entityManager.persist(link);
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, link.caseId()), Change.of("linked " + link.describe())
                .naming(link.personId() == null ? null : RecordRef.person(link.personId())));
    }

    private MissingCase open(long caseId) {
        return CaseLookup.notClosed(entityManager, writes, caseId, "nothing more can be linked to it.");
    }

    private Stamp stamp() {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.now());
    }
}

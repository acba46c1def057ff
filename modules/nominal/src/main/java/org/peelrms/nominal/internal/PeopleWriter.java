package org.peelrms.nominal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.Callers;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.importing.ImportRow;

/** Puts people on file, a batch to a transaction, each with its audit entry in that transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleWriter {

    /** A person to put on file. */
    public record NewPerson(String reference, String forenames, String surname, java.time.LocalDate dateOfBirth, Sex sex,
            Integer heightCm, List<OtherName> otherNames, List<MarkerType> markers, List<String[]> marks) {
    }

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /**
     * Saves a batch of imported rows: a ref already on file updates that person (names, date of
     * birth, sex and aliases as the file now gives them), a new ref adds a person. One audit entry
     * records the batch with the refs it touched.
     *
     * @return how many people were created and how many updated
     */
    public int[] importBatch(List<ImportRow> rows, long jobId) {
        Stamp stamp = Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
        Map<String, Person> onFile = new HashMap<>();
        entityManager.createQuery("select p from Person p where p.reference in :refs", Person.class)
                .setParameter("refs", rows.stream().map(ImportRow::reference).distinct().toList())
                .getResultList().forEach(person -> onFile.put(person.reference(), person));
        int created = 0;
        int updated = 0;
        for (ImportRow row : rows) {
            Person person = onFile.get(row.reference());
            PersonDetails details = new PersonDetails(row.surname(), row.forenames(), row.dateOfBirth(), row.sex(),
                    null, null);
            if (person == null) {
                person = new Person(row.reference(), details, stamp);
                entityManager.persist(person);
                onFile.put(row.reference(), person);
                created++;
            } else {
                person.correct(details, stamp);
                person.clearOtherNames();
                updated++;
            }
            for (OtherName alias : row.aliases()) {
                person.addOtherName(alias.type(), alias.forenames(), alias.surname(), alias.dateOfBirth(), stamp);
            }
        }
        entityManager.flush(); // the batch's inserts before the audit entry, which holds the chain's lock to commit
        audit.record(AuditEvent.created(HibernatePeopleIndex.PERSON, "import-" + jobId, "import job " + jobId
                + ": " + created + " created, " + updated + " updated, refs " + rows.get(0).reference() + " to "
                + rows.get(rows.size() - 1).reference()));
        return new int[] {created, updated};
    }

    public void createAll(List<NewPerson> people, String why) {
        Stamp stamp = Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
        for (NewPerson each : people) {
            Person person = new Person(each.reference(),
                    new PersonDetails(each.surname(), each.forenames(), each.dateOfBirth(), each.sex(), each.heightCm(),
                            null), stamp);
            each.otherNames().forEach(name -> person.addOtherName(name.type(), name.forenames(), name.surname(),
                    name.dateOfBirth(), stamp));
            each.markers().forEach(marker -> person.setMarker(marker, "demo data", stamp));
            each.marks().forEach(mark -> person.addMark(MarkKind.valueOf(mark[0]), mark[1], mark[2], stamp));
            entityManager.persist(person);
            audit.record(AuditEvent.created(HibernatePeopleIndex.PERSON, person.id(), why));
        }
    }
}

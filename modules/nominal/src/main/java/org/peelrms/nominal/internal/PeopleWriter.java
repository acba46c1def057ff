package org.peelrms.nominal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NewPerson;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.internal.importing.ImportRow;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;
import org.peelrms.kernel.RecordRef;

/** Puts people on file, a batch to a transaction, each with its audit entry in that transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleWriter {

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;


    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    /** What a batch of an import did: people created, people changed, and the rows refused with their reasons. */
    public record BatchOutcome(int created, int updated, List<String> refused) {
    }

    /**
     * Saves a batch of imported rows. A new ref adds a person (one audit entry for the batch's new people). A
     * ref already on file is merged as {@link ImportMerge} says, and a person it changed gets an audit entry of
     * their own with each field's old and new value, in their history like any correction; a person it did not
     * change gets none. A person restricted and hidden from the importer is left as they are and the row refused
     * (without saying more about the record); one the importer is on the list of is merged, the audit entry
     * giving the import as the reason.
     * <p>Asynchronous, in a transaction of its own: the import writes two batches at once, never two with the
     * same ref (ADR 0053). The outcome is there once the batch has committed, its people in the search index.
     */
    @Asynchronous
    public Future<BatchOutcome> importBatch(List<ImportRow> rows, long jobId) {
        Stamp stamp = Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
        Map<String, Person> onFile = new HashMap<>();
        entityManager.createQuery("select p from Person p where p.reference in :refs", Person.class)
                .setParameter("refs", rows.stream().map(ImportRow::reference).distinct().toList())
                .getResultList().forEach(person -> onFile.put(person.reference(), person));
        Set<Long> hidden = access.hidden(RecordType.PERSON).ids(RecordType.PERSON);
        String why = "import job " + jobId;
        int created = 0;
        int updated = 0;
        List<String> refused = new ArrayList<>();
        for (ImportRow row : rows) {
            Person person = onFile.get(row.reference());
            if (person == null) {
                person = new Person(row.reference(), ImportMerge.source(row), stamp);
                ImportMerge.apply(person, row, stamp);
                entityManager.persist(person);
                onFile.put(row.reference(), person);
                created++;
            } else if (person.id() != null && hidden.contains(person.id())) {
                refused.add("line " + row.line() + ": ref " + row.reference() + " is a restricted record and was left"
                        + " as it is; ask an administrator on its list to apply this row");
            } else {
                ImportMerge.Outcome outcome = ImportMerge.apply(person, row, stamp);
                if (outcome.changed() && person.id() != null) {
                    entityManager.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    RecordRef changed = RecordRef.person(person.id());
                    writes.changed(changed, Change.of(why + ": " + outcome.summary(), outcome.changes())
                            .because(writes.restrictedToCaller(changed) ? why : null));
                    updated++;
                }
            }
        }
        // No flush here: the batch is written once, at the commit. (The audit entry no longer holds a lock until the
        // commit, ADR 0029, so nothing is gained by writing the people first; a flush here made Hibernate check the
        // whole batch for changes twice.)
        if (created > 0) {
            writes.created(RecordType.PERSON.name(), "import-" + jobId, Change.of(why + ": " + created
                    + " created, refs " + rows.get(0).reference() + " to " + rows.get(rows.size() - 1).reference()));
        }
        return CompletableFuture.completedFuture(new BatchOutcome(created, updated, refused));
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
            each.marks().forEach(mark -> person.addMark(mark.kind(), mark.description(), mark.bodyLocation(), stamp));
            entityManager.persist(person);
            writes.created(RecordRef.person(person.id()), Change.of(why));
        }
    }
}

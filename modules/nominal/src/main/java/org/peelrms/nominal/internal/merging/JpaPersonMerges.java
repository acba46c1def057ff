package org.peelrms.nominal.internal.merging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.MergeUndone;
import org.peelrms.kernel.PersonMerged;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.kernel.Roles;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.nominal.api.MergePreview;
import org.peelrms.nominal.api.MergeRequest;
import org.peelrms.nominal.api.MergeView;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonMerges;
import org.peelrms.nominal.internal.MergedRecords;
import org.peelrms.nominal.internal.Person;
import org.peelrms.nominal.internal.PersonName;
import org.peelrms.nominal.internal.Stamp;
import org.peelrms.nominal.internal.duplicates.MergedPairs;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.RecordWrites;

/**
 * Merging two records of one person and undoing it (ADR 0045), for the duplicate queue's reviewers (ADR 0044). Each
 * is one transaction: the people, their names, marks and markers, the index, the queue pair, the audit entries and
 * every other module's links (through {@link PersonMerged} and {@link MergeUndone}, observed in this transaction).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JpaPersonMerges implements PersonMerges {
    static final int LONGEST_REASON = 2000;

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Inject
    private Event<PersonMerged> merged;

    @Inject
    private Event<MergeUndone> undone;

    @Override
    public Optional<MergePreview> preview(long survivorId, long mergedAwayId, String reason) {
        different(survivorId, mergedAwayId);
        Person survivor = entityManager.find(Person.class, survivorId);
        Person mergedAway = entityManager.find(Person.class, mergedAwayId);
        boolean open = access.open(RecordRef.person(survivorId), onIndex(survivor), reason)
                & access.open(RecordRef.person(mergedAwayId), onIndex(mergedAway), reason);
        return open ? Optional.of(new MergePreview(survivor.record(), mergedAway.record(),
                MergeConflicts.between(survivor.details(), mergedAway.details()))) : Optional.empty();
    }

    @Override
    public Optional<MergeView> merge(MergeRequest request) {
        if (request == null) {
            throw new InvalidInput("Say which two records to merge.");
        }
        String reason = reason(request.reason(), "Say why these two records are one person (a reason is required).");
        different(request.survivorId(), request.mergedAwayId());
        Optional<Person[]> pair = locked(request.survivorId(), request.mergedAwayId(), reason);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Person survivor = pair.get()[0];
        Person mergedAway = pair.get()[1];
        for (Person person : pair.get()) {
            if (person.mergedInto() != null) {
                throw new InvalidInput("Person " + person.id() + " has already been merged into person "
                        + person.mergedInto() + ".");
            }
        }
        if (survivor.version() != request.survivorVersion() || mergedAway.version() != request.mergedAwayVersion()) {
            throw new Conflict("Someone changed one of these records since you opened the merge; look at both again"
                    + " before merging.");
        }
        PersonDetails before = survivor.details();
        PersonDetails after = MergeConflicts.settled(before, mergedAway.details(), request.keepFromSurvivor(),
                request.keepFromMergedAway());
        Stamp stamp = Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
        MergeMoves moves = new MergeMoves(entityManager);
        PersonMerge merge = new PersonMerge(survivor.id(), before, mergedAway.id(), mergedAway.details(),
                moves.marksOf(mergedAway.id()), moves.markersOf(mergedAway.id()), stamp, reason);
        entityManager.persist(merge);
        moves.move(merge.movedMarks(), merge.movedMarkers(), mergedAway, survivor);
        survivor.correct(after, stamp);
        List<PersonName> names = moves.copyNames(mergedAway, survivor, merge.id(), shortLabel(mergedAway), stamp);
        mergedAway.mergedInto(survivor.id(), stamp);
        moves.reindex(survivor, mergedAway);
        MergedPairs.merged(entityManager, survivor.id(), mergedAway.id(), stamp.user(), reason);
        merged.fire(new PersonMerged(merge.id(), survivor.id(), mergedAway.id()));
        writes.changed(RecordRef.person(survivor.id()), MergeAudit.survivor("merged " + label(mergedAway) + " into this record (merge "
                + merge.id() + ")", before, after, names, survivor.record(), merge.movedMarks(), merge.movedMarkers(),
                label(mergedAway), true, reason));
        writes.changed(RecordRef.person(mergedAway.id()), MergeAudit.mergedAway("merged into " + label(survivor) + " (merge " + merge.id()
                + ")", survivor.record(), merge.movedMarks(), merge.movedMarkers(), label(survivor), true, reason));
        return Optional.of(view(merge));
    }

    @Override
    public Optional<MergeView> unmerge(long mergeId, String reason) {
        String why = reason(reason, "Say why this merge is being undone (a reason is required).");
        PersonMerge merge = entityManager.find(PersonMerge.class, mergeId);
        if (merge == null) {
            return Optional.empty();
        }
        Optional<Person[]> pair = locked(merge.survivorId(), merge.mergedAwayId(), why);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        if (merge.isUndone()) {
            throw new InvalidInput("This merge was already undone by " + merge.undoneBy() + " at " + merge.undoneAt() + ".");
        }
        Person survivor = pair.get()[0];
        Person mergedAway = pair.get()[1];
        if (survivor.mergedInto() != null) {
            throw new InvalidInput("Person " + survivor.id() + " has since been merged into person "
                    + survivor.mergedInto() + ": undo that merge first.");
        }
        Stamp stamp = Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
        MergeMoves moves = new MergeMoves(entityManager);
        moves.move(merge.movedMarks(), merge.movedMarkers(), survivor, mergedAway);
        PersonDetails before = survivor.details();
        List<PersonName> names = moves.removeNames(survivor, merge.id());
        survivor.correct(merge.survivorBefore(), stamp);
        mergedAway.mergedInto(null, stamp);
        merge.undone(stamp, why);
        moves.reindex(survivor, mergedAway);
        MergedPairs.unmerged(entityManager, survivor.id(), mergedAway.id());
        undone.fire(new MergeUndone(merge.id(), survivor.id(), mergedAway.id()));
        writes.changed(RecordRef.person(survivor.id()), MergeAudit.survivor("undid merge " + merge.id() + " of " + label(mergedAway)
                + " into this record", before, merge.survivorBefore(), names, mergedAway.record(), merge.movedMarks(),
                merge.movedMarkers(), label(mergedAway), false, why));
        writes.changed(RecordRef.person(mergedAway.id()), MergeAudit.mergedAway("undid merge " + merge.id() + " into " + label(survivor)
                + ": a record of its own again", mergedAway.record(), merge.movedMarks(), merge.movedMarkers(),
                label(survivor), false, why));
        return Optional.of(view(merge));
    }

    @Override
    public Optional<MergeView> find(long mergeId) {
        PersonMerge merge = entityManager.find(PersonMerge.class, mergeId);
        Set<Long> hidden = access.hidden(RecordType.PERSON).ids(RecordType.PERSON);
        return merge == null || hidden.contains(merge.survivorId()) || hidden.contains(merge.mergedAwayId())
                ? Optional.empty() : Optional.of(view(merge));
    }

    @Override
    public List<MergeView> recent(int first, int max) {
        if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
            throw new InvalidInput("first must be 0 or more and max from 1 to " + MOST_PER_PAGE + ".");
        }
        Set<Long> hidden = new HashSet<>(access.hidden(RecordType.PERSON).ids(RecordType.PERSON));
        hidden.add(-1L); // "not in" needs one id
        return entityManager.createQuery("select m from PersonMerge m where m.survivorId not in :hidden"
                + " and m.mergedAwayId not in :hidden order by m.mergedAt desc, m.id desc", PersonMerge.class)
                .setParameter("hidden", hidden).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(this::view).toList();
    }

    @Override
    public OptionalLong survivorOf(long personId) {
        Person person = entityManager.find(Person.class, personId);
        Person current = MergedRecords.current(entityManager, person);
        return person == null || current == person ? OptionalLong.empty() : OptionalLong.of(current.id());
    }

    /**
     * Both people, locked in id order (two merges of one person wait for each other), if both are on file and the
     * caller may name both (a restricted one only with a reason, by someone on its list); empty otherwise.
     */
    private Optional<Person[]> locked(long survivorId, long mergedAwayId, String reason) {
        Person first = entityManager.find(Person.class, Math.min(survivorId, mergedAwayId), LockModeType.PESSIMISTIC_WRITE);
        Person second = entityManager.find(Person.class, Math.max(survivorId, mergedAwayId), LockModeType.PESSIMISTIC_WRITE);
        if (first == null || second == null || !access.mayName(RecordRef.person(survivorId), reason)
                || !access.mayName(RecordRef.person(mergedAwayId), reason)) {
            return Optional.empty();
        }
        return Optional.of(first.id() == survivorId ? new Person[] {first, second} : new Person[] {second, first});
    }

    private static boolean onIndex(Person person) {
        return person != null && person.mergedInto() == null;
    }

    private static void different(long survivorId, long mergedAwayId) {
        if (survivorId == mergedAwayId) {
            throw new InvalidInput("A record cannot be merged with itself: choose two different people.");
        }
    }

    private static String reason(String given, String missing) {
        if (given == null || given.isBlank()) {
            throw new InvalidInput(missing);
        }
        if (given.strip().length() > LONGEST_REASON) {
            throw new InvalidInput("The reason is too long: at most " + LONGEST_REASON + " characters.");
        }
        return given.strip();
    }

    /** "P0002", or "person 12" for a person with no reference: how a merged name says where it came from. */
    private static String shortLabel(Person person) {
        return person.reference() != null ? person.reference() : "person " + person.id();
    }

    /** "SMITH, John, born 02/01/1980 (P0001, id 11)". */
    private static String label(Person person) {
        PersonDetails details = person.details();
        return details.surname().toUpperCase() + (details.forenames() == null ? "" : ", " + details.forenames())
                + (details.dateOfBirth() == null ? "" : ", born " + UkDateFormat.day(details.dateOfBirth())) + " ("
                + (person.reference() == null ? "" : person.reference() + ", ") + "id " + person.id() + ")";
    }

    private MergeView view(PersonMerge merge) {
        return new MergeView(merge.id(), merge.survivorId(), label(entityManager.find(Person.class, merge.survivorId())),
                merge.mergedAwayId(), label(entityManager.find(Person.class, merge.mergedAwayId())), merge.mergedBy(),
                merge.mergedAt(), merge.reason(), merge.undoneBy(), merge.undoneAt(), merge.undoReason());
    }
}

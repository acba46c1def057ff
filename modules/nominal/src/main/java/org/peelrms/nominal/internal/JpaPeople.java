package org.peelrms.nominal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.peelrms.kernel.Callers;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Keeps people on file with standard JPA, each change audited in the same transaction. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaPeople implements People {
    private static final int DUPLICATES_SHOWN = 10;

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private PeopleIndex index;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Inject
    private Validator validator;

    @Override
    public Optional<PersonRecord> record(long id) {
        return record(id, null);
    }

    @Override
    @RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.READ_ONLY})
    public Optional<PersonRecord> record(long id, String reason) {
        Person person = entityManager.find(Person.class, id);
        Person current = MergedRecords.current(entityManager, person);
        if (!access.open(RecordRef.person(current == null ? id : current.id()), current != null, reason)) {
            return Optional.empty();
        }
        return Optional.of(current == person ? person.record()
                : current.record().openedAs(MergedRecords.note(entityManager, person)));
    }

    @Override
    public Optional<PersonReference> reference(long id, String reason) {
        Person person = MergedRecords.currentForNaming(entityManager, id);
        if (person == null || !access.mayName(RecordRef.person(person.id()), reason)) {
            return Optional.empty();
        }
        PersonRecord record = person.record();
        return Optional.of(new PersonReference(person.id(), record.displayName(), record.dateOfBirth(),
                record.activeMarkers().stream().map(m -> m.type().label()).toList()));
    }

    @Override
    @RolesAllowed(Roles.AUDITOR)
    public OptionalLong idOfReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return OptionalLong.empty();
        }
        return entityManager.createQuery("select p from Person p where upper(p.reference) = upper(:reference)", Person.class)
                .setParameter("reference", reference.strip()).getResultStream()
                .mapToLong(person -> MergedRecords.current(entityManager, person).id()).findFirst();
    }

    @Override
    public List<PersonHit> possibleDuplicates(PersonDetails details) {
        check(details);
        return index.find(new NameSearch(details.surname(), details.forenames(), details.dateOfBirth(), null,
                details.sex(), DUPLICATES_SHOWN));
    }

    @Override
    public boolean restrictedRecordMayMatch(PersonDetails details) {
        check(details);
        Set<Long> hidden = access.hidden(RecordType.PERSON).ids(RecordType.PERSON);
        return !hidden.isEmpty() && NameSearchEngine.search(NameSearchEngine.people(entityManager), new NameSearch(details.surname(),
                details.forenames(), details.dateOfBirth(), null, details.sex(), DUPLICATES_SHOWN), Set.of()).stream()
                .anyMatch(hit -> hidden.contains(hit.id()));
    }

    @Override
    public List<PersonHit> possibleDuplicatesOf(long id) {
        Person person = existing(id);
        PersonDetails details = person.details();
        return index.find(new NameSearch(details.surname(), details.forenames(), details.dateOfBirth(), null,
                details.sex(), DUPLICATES_SHOWN + 1)).stream().filter(hit -> hit.id() != id)
                .limit(DUPLICATES_SHOWN).toList();
    }

    @Override
    public long create(PersonDetails details) {
        check(details);
        Person person = new Person(null, details, stamp());
        entityManager.persist(person);
        PersonDetails none = new PersonDetails("", null, null, null, null, null);
        writes.created(RecordRef.person(person.id()), Change.of(Changes.between(none, details),
                Changes.fields(none, details)));
        return person.id();
    }

    @Override
    public void change(long id, int version, PersonDetails details) {
        check(details);
        Person person = existing(id);
        if (person.version() != version) {
            throw new Conflict("Someone else changed this person since you opened the page; reload it to see"
                    + " their change, then make yours again.");
        }
        entityManager.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PersonDetails before = person.details();
        String changes = person.correct(details, stamp());
        writes.changed(RecordRef.person(id), Change.of(changes, Changes.fields(before, details)));
    }

    @Override
    public void addOtherName(long id, NameType type, String forenames, String surname, LocalDate dateOfBirth) {
        if (type == null) {
            throw new InvalidInput("Choose what kind of name this is.");
        }
        if (surname == null || Names.joined(surname).isEmpty()) {
            throw new InvalidInput("The other name needs a surname.");
        }
        Person person = existing(id);
        person.addOtherName(type, forenames == null ? null : forenames.strip(), surname.strip(), dateOfBirth, stamp());
        String added = type.shortName() + " '" + (forenames == null ? "" : forenames.strip() + " ") + surname.strip() + "'";
        changed(person, "added " + added, FieldChange.of("other name", null, added));
    }

    @Override
    public void endOtherName(long id, long nameId) {
        Person person = existing(id);
        PersonName name = person.otherName(nameId)
                .orElseThrow(() -> new InvalidInput("That name is not one of this person's."));
        if (!name.active()) {
            throw new InvalidInput("That name has already been ended.");
        }
        name.end(stamp());
        changed(person, "ended the other name '" + name.display() + "'",
                FieldChange.of("other name", name.type().shortName() + " '" + name.display() + "'", null));
    }

    @Override
    public void addMark(long id, MarkKind kind, String description, String bodyLocation) {
        if (kind == null || blank(description) || blank(bodyLocation)) {
            throw new InvalidInput("A mark needs its kind, a description and where on the body it is.");
        }
        Person person = existing(id);
        person.addMark(kind, description.strip(), bodyLocation.strip(), stamp());
        String mark = kind.label().toLowerCase() + ": " + description.strip() + " (" + bodyLocation.strip() + ")";
        changed(person, "added " + mark, FieldChange.of("mark", null, mark));
    }

    @Override
    public void setMarker(long id, MarkerType type, String note) {
        if (type == null) {
            throw new InvalidInput("Choose the warning marker to set.");
        }
        Person person = existing(id);
        person.setMarker(type, blank(note) ? null : note.strip(), stamp());
        changed(person, "set warning marker " + type.label(), FieldChange.of("warning marker", null,
                type.label() + (blank(note) ? "" : " (" + note.strip() + ")")));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void endMarker(long id, long markerId, String reason) {
        if (blank(reason)) {
            throw new InvalidInput("Say why the warning marker no longer applies.");
        }
        Person person = existing(id);
        WarningMarker marker = person.marker(markerId)
                .orElseThrow(() -> new InvalidInput("That marker is not one of this person's."));
        if (!marker.active()) {
            throw new InvalidInput("That marker has already been ended.");
        }
        marker.end(reason.strip(), stamp());
        changed(person, "ended warning marker " + marker.type().label() + ": " + reason.strip(),
                FieldChange.of("warning marker", marker.type().label(), null));
    }

    private void changed(Person person, String what, FieldChange change) {
        entityManager.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        writes.changed(RecordRef.person(person.id()), Change.of(what, List.of(change)));
    }

    private Person existing(long id) {
        Person person = writes.existing(RecordRef.person(id), entityManager.find(Person.class, id),
                "There is no person " + id + " on file.");
        if (person.mergedInto() != null) {
            throw new InvalidInput("Person " + id + " was merged into person " + person.mergedInto() + ": change that record.");
        }
        return person;
    }

    private void check(PersonDetails details) {
        if (details == null) {
            throw new InvalidInput("The person's details are missing.");
        }
        String problems = validator.validate(details).stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new InvalidInput("Not saved: " + problems + ".");
        }
    }

    private Stamp stamp() {
        return Stamp.now(Callers.nameOf(session.getCallerPrincipal()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean exists(long id) {
        return entityManager.find(Person.class, id) != null;
    }
}

package org.peelrms.crime.internal;

import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.staff.api.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.PersonRole;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Crime records with standard JPA; each change audited in the same transaction and noted in the crime's history. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCrimes implements Crimes {

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private People people;

    @EJB
    private RecordAccess access;

    @EJB
    private StaffAccounts staff;

    @Resource
    private SessionContext session;

    @Inject
    private RecordingClock clock;

    @Override
    public Optional<CrimeView> crime(long id) {
        return crime(id, null);
    }

    @Override
    public Optional<CrimeView> crime(String number) {
        return crime(number, null);
    }

    @Override
    public Optional<CrimeView> crime(long id, String reason) {
        CrimeRecord crime = entityManager.find(CrimeRecord.class, id);
        if (!opened(id, crime, reason)) {
            return Optional.empty();
        }
        return Optional.of(Views.crime(crime, Hidden.from(access)));
    }

    @Override
    public Optional<CrimeView> crime(String number, String reason) {
        String wanted = number == null ? "" : number.strip().toUpperCase();
        Optional<CrimeRecord> crime = entityManager.createQuery(
                        "select c from CrimeRecord c where upper(c.number) = :number", CrimeRecord.class)
                .setParameter("number", wanted).getResultStream().findFirst();
        if (crime.isPresent() && opened(crime.get().id(), crime.get(), reason)) {
            return Optional.of(Views.crime(crime.get(), Hidden.from(access)));
        }
        access.listed(RecordTypes.CRIME, "crime number=" + wanted, 0);
        return Optional.empty();
    }

    /** The crime opened, if the caller may see it and its report (a restricted report covers its crimes). */
    private boolean opened(long id, CrimeRecord crime, String reason) {
        RecordRef record = RecordRef.of(RecordType.CRIME, id);
        return crime == null ? access.open(record, false, reason)
                : access.open(record, RecordRef.of(RecordType.CRIME_REPORT, crime.report().id()), true, reason);
    }

    @Override
    public void linkPerson(long crimeId, long personGiven, PersonRole role) {
        CrimeRecord crime = existing(crimeId);
        PersonReference person = PeopleOnFile.person(people, personGiven);
        long personId = person.id();
        String name = person.displayName();
        crime.link(personId, name, role, stamp());
        String as = role == null ? "?" : role.label().toLowerCase();
        writes.changed(RecordRef.of(RecordType.CRIME, crime.id()), Change.of(crime.number() + ": linked person " + personId
                + " as " + as, List.of(FieldChange.of("person linked", null, name + " (person " + personId + ") as " + as)))
                .naming(RecordRef.person(personId)));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void setNextReview(long crimeId, LocalDate date) {
        CrimeRecord crime = existing(crimeId);
        LocalDate before = crime.nextReview();
        crime.setNextReview(date, stamp());
        changed(crime, "next review " + UkDateFormat.day(date), FieldChange.of("next review", before, crime.nextReview()));
    }

    @Override
    public long addAction(long crimeId, String action, String assignedTo, LocalDate due) {
        CrimeRecord crime = existing(crimeId);
        staff.requireAccount(assignedTo, "officer the action is for");
        PlanAction planned = crime.addAction(action, assignedTo, due, stamp());
        entityManager.flush();
        changed(crime, "plan: added '" + planned.action() + "'", FieldChange.of("plan action", null, planned.action()
                + (assignedTo == null || assignedTo.isBlank() ? "" : ", for " + assignedTo.strip())
                + (due == null ? "" : ", due " + due)));
        return planned.id();
    }

    @Override
    public void completeAction(long crimeId, long actionId) {
        CrimeRecord crime = existing(crimeId);
        PlanAction action = crime.action(actionId);
        crime.completeAction(action, stamp());
        changed(crime, "plan: done '" + action.action() + "'",
                FieldChange.of("plan action '" + action.action() + "'", "open", "done"));
    }

    @Override
    public void finalise(long crimeId, Finalisation finalisation) {
        CrimeRecord crime = existing(crimeId);
        String statusBefore = crime.status().label();
        crime.finalise(finalisation, stamp());
        changedWith(crime, new FieldChanges().field("status", statusBefore, crime.status().label())
                .field("outcome", null, crime.outcome().display())
                .field("outcome rationale", null, crime.outcomeRationale())
                .field("victim's decision", null, crime.victimDecision() == null ? null
                        : crime.victimDecision().howObtained() + " by " + crime.victimDecision().obtainedBy() + " at "
                                + crime.victimDecision().obtainedAt()).list(), "finalised: " + crime.outcome().display() + "; rationale: " + crime.outcomeRationale()
                + (crime.victimDecision() == null ? "" : "; victim's decision obtained "
                        + crime.victimDecision().howObtained() + " by " + crime.victimDecision().obtainedBy()
                        + " at " + crime.victimDecision().obtainedAt()));
    }

    @Override
    public long requestCancellation(long crimeId, CancellationRequest request) {
        CrimeRecord crime = existing(crimeId);
        Cancellation cancellation = crime.requestCancellation(request, stamp());
        entityManager.flush();
        changed(crime, "asked for removal: " + cancellation.reason().label(),
                FieldChange.of("removal request " + cancellation.id(), null, "asked: " + cancellation.reason().label()));
        return cancellation.id();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void decideCancellation(long crimeId, long requestId, boolean approve, String note) {
        CrimeRecord crime = existing(crimeId);
        Cancellation request = crime.cancellation(requestId);
        String statusBefore = crime.status().label();
        crime.decideCancellation(request, approve, note, stamp());
        changedWith(crime, new FieldChanges()
                .field("removal request " + requestId, "asked: " + request.reason().label(), approve ? "approved" : "refused")
                .field("status", statusBefore, crime.status().label()).list(),
                (approve ? "removal approved: " : "removal refused: ") + request.reason().label()
                + "; crime now " + crime.status().label().toLowerCase());
    }

    private void changed(CrimeRecord crime, String summary, FieldChange change) {
        changedWith(crime, List.of(change), summary);
    }

    private void changedWith(CrimeRecord crime, List<FieldChange> changes, String summary) {
        writes.changed(RecordRef.of(RecordType.CRIME, crime.id()), Change.of(crime.number() + ": " + summary, changes));
    }

    private CrimeRecord existing(long id) {
        CrimeRecord crime = entityManager.find(CrimeRecord.class, id);
        if (crime == null || !Hidden.from(access).crime(crime)) {
            throw new InvalidInput("There is no crime " + id + ".");
        }
        return crime;
    }

    private Stamp stamp() {
        return Caller.stamp(session, clock);
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean exists(long id) {
        return entityManager.find(CrimeRecord.class, id) != null;
    }
}

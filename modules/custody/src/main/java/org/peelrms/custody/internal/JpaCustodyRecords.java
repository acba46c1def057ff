package org.peelrms.custody.internal;

import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.HiddenRecords;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.Require;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.custody.api.BoardRow;
import org.peelrms.custody.api.Correction;
import org.peelrms.custody.api.CustodyRecordView;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.CustodySummary;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.custody.api.RecordTypes;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/**
 * Custody records with standard JPA. Reading is open to the operational roles; booking in, entries,
 * warrants and disposals to custody officers (and supervisors, who may act as one); reviews and
 * extensions to supervisors (inspectors and superintendents), who record them themselves. Every change
 * and view is audited in the same transaction, and refused input writes nothing.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaCustodyRecords implements CustodyRecords {
    private static final int MAX = 500;

    @PersistenceContext(unitName = "custody")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private People people;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private VisitRules visitRules;

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long bookIn(NewBooking booking) {
        return bookIn(booking, null);
    }

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long bookIn(NewBooking booking, String reason) {
        Require.present(booking, "There is no booking to record.");
        long personGiven = Require.present(booking.personId(), "Find the detained person on the people index first"
                + " (or put them on file if they are not there).");
        PersonReference person = people.reference(personGiven, reason).orElseThrow(() -> new InvalidInput(
                "There is no person " + personGiven + " on the people index; search for them, or put them on file first."));
        long personId = person.id();
        BookingInTurn.take(entityManager, personId);
        refuseSecondDetention(personId, person.displayName());
        String markers = String.join("; ", person.markers());
        Stamp stamp = stamp();
        int year = stamp.at().atZoneSameInstant(DetentionClock.UK).getYear();
        CustodyRecord record = new CustodyRecord(CustodyNumbers.next(entityManager, year), personId,
                person.displayName(), markers, booking, stamp);
        entityManager.persist(record);
        entityManager.flush();
        writes.created(RecordRef.of(RecordType.CUSTODY_RECORD, record.id()), Change.of(record.number() + ": person "
                + personId + " booked in; arrested " + record.arrestedAt() + "; relevant time " + record.relevantTime()
                + "; detention " + (record.authorised() ? "authorised" : "refused") + " by " + record.decidedBy()
                + "; " + record.entries().size() + " entries", new FieldChanges()
                .field("custody number", null, record.number())
                .field("person", null, person.displayName() + " (person " + personId + ")")
                .field("arrested", null, record.arrestedAt())
                .field("relevant time", null, record.relevantTime())
                .field("detention", null, (record.authorised() ? "authorised" : "refused") + " by " + record.decidedBy())
                .list()).because(reason).naming(RecordRef.person(personId)));
        return record.id();
    }

    @Override
    public Optional<CustodyRecordView> record(long id) {
        return record(id, null);
    }

    @Override
    public Optional<CustodyRecordView> record(long id, String reason) {
        CustodyRecord record = entityManager.find(CustodyRecord.class, id);
        if (!access.open(RecordRef.of(RecordType.CUSTODY_RECORD, id), record != null, reason)) {
            return Optional.empty();
        }
        HiddenRecords hidden = access.hidden(RecordType.PERSON);
        return Optional.of(Views.record(record, clock.instant(), visitRules, hidden.ids(RecordType.PERSON)));
    }

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long addEntry(long recordId, NewEntry entry) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.add(entry, stamp()));
    }

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long correct(long recordId, long entryId, Correction correction) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.correct(entryId, correction, stamp()));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public long review(long recordId, NewReview review) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.review(review, stamp()));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public long extend(long recordId, NewExtension extension) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.extend(extension, stamp()));
    }

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long warrant(long recordId, NewWarrant warrant) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.warrant(warrant, stamp()));
    }

    @Override
    @RolesAllowed({Roles.CUSTODY_OFFICER, Roles.SUPERVISOR})
    public long dispose(long recordId, NewDisposal disposal) {
        CustodyRecord record = existing(recordId);
        return saved(record, record.dispose(disposal, stamp()));
    }

    /**
     * A person is in one detention at a time: booking in someone whose detention is still authorised and not
     * disposed of is refused (409 over REST), naming the open record only if the caller may see it. Called in
     * the person's {@link BookingInTurn}, so two bookings in at the same moment cannot both pass.
     */
    private void refuseSecondDetention(long personId, String name) {
        List<CustodyRecord> open = entityManager.createQuery("select r from CustodyRecord r where r.personId = :person"
                        + " and r.authorised = true"
                        + " and not exists (select e from CustodyEntry e where e.record = r and e.kind = :disposal)",
                        CustodyRecord.class)
                .setParameter("person", personId).setParameter("disposal", EntryKind.DISPOSAL).setMaxResults(1)
                .getResultList();
        if (!open.isEmpty()) {
            CustodyRecord current = open.get(0);
            boolean visible = writes.visible(RecordRef.of(RecordType.CUSTODY_RECORD, current.id()));
            throw new Conflict(name + " is already in custody" + (visible ? " (custody record " + current.number() + ")" : "")
                    + ": record the disposal of that detention before booking them in again.");
        }
    }

    @Override
    public List<BoardRow> board() {
        Instant now = clock.instant();
        HiddenRecords hidden = access.hidden(RecordType.CUSTODY_RECORD, RecordType.PERSON);
        List<CustodyRecord> open = entityManager.createQuery("select r from CustodyRecord r where r.authorised = true"
                        + " and not exists (select e from CustodyEntry e where e.record = r and e.kind = :disposal)"
                        + " order by r.relevantTime", CustodyRecord.class)
                .setParameter("disposal", EntryKind.DISPOSAL).setMaxResults(MAX).getResultList();
        List<BoardRow> rows = hidden.visible(RecordType.CUSTODY_RECORD, open, CustodyRecord::id).stream()
                .map(r -> Views.row(r, now, visitRules, hidden.ids(RecordType.PERSON)))
                .sorted(Comparator.comparing(row -> Views.urgency(row, now))).toList();
        access.listed(RecordTypes.CUSTODY_RECORD, "custody board", rows.size());
        return rows;
    }

    @Override
    public List<CustodySummary> historyOf(long personId) {
        Instant now = clock.instant();
        HiddenRecords hidden = access.hidden(RecordType.CUSTODY_RECORD, RecordType.PERSON);
        List<CustodySummary> history = hidden.person(personId) ? List.of() : hidden.visible(RecordType.CUSTODY_RECORD,
                entityManager.createQuery("select r from CustodyRecord r where r.personId = :person"
                        + " order by r.arrivedAt desc", CustodyRecord.class)
                .setParameter("person", personId).setMaxResults(MAX).getResultList(), CustodyRecord::id).stream()
                .map(r -> Views.summary(r, now)).toList();
        access.listed(RecordTypes.CUSTODY_RECORD, "custody records of person " + personId, history.size());
        return history;
    }

    private long saved(CustodyRecord record, CustodyEntry entry) {
        entityManager.flush();
        String what = entry.kind().label() + (entry.correctsId() == null ? "" : " (correction of entry "
                + entry.correctsId() + ": " + entry.correctionReason() + ")");
        String detail = entry.detail();
        writes.changed(RecordRef.of(RecordType.CUSTODY_RECORD, record.id()), Change.of(record.number() + ": entry "
                + entry.id() + ", " + what + " at " + entry.occurredAt() + (detail.isEmpty() ? "" : "; " + detail),
                List.of(historyOf(record, entry))));
        return entry.id();
    }

    /** An entry in the record's history: a new line, or (a correction) the corrected entry's old and new wording. */
    private static FieldChange historyOf(CustodyRecord record, CustodyEntry entry) {
        if (entry.correctsId() == null) {
            return FieldChange.of(entry.kind().label() + " (entry " + entry.id() + ")", null, wording(entry));
        }
        CustodyEntry corrected = record.entries().stream().filter(e -> entry.correctsId().equals(e.id())).findFirst()
                .orElse(null);
        return FieldChange.of((corrected == null ? entry.kind().label() : corrected.kind().label()) + " (entry "
                + entry.correctsId() + ", corrected by entry " + entry.id() + ": " + entry.correctionReason() + ")",
                corrected == null ? null : wording(corrected), wording(entry));
    }

    private static String wording(CustodyEntry entry) {
        String detail = entry.detail();
        String text = entry.text() == null ? "" : entry.text().strip();
        return entry.occurredAt() + (detail.isEmpty() ? "" : "; " + detail) + (text.isEmpty() ? "" : "; " + text);
    }

    private CustodyRecord existing(long id) {
        return writes.existing(RecordRef.of(RecordType.CUSTODY_RECORD, id), entityManager.find(CustodyRecord.class, id),
                "There is no custody record " + id + ".");
    }

    private Stamp stamp() {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()),
                OffsetDateTime.ofInstant(clock.instant(), DetentionClock.UK));
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean exists(long id) {
        return entityManager.find(CustodyRecord.class, id) != null;
    }
}

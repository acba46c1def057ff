package org.peelrms.missingpersons.internal;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.CaseStatus;
import org.peelrms.missingpersons.api.CaseView;
import org.peelrms.missingpersons.api.Episode;
import org.peelrms.missingpersons.api.Found;
import org.peelrms.missingpersons.api.InterviewOutcome;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.NewSighting;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.missingpersons.api.RecordTypes;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.missingpersons.api.Vulnerability;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Missing person cases with standard JPA; each change audited in the same transaction. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaMissingPersons implements MissingPersons {

    @PersistenceContext(unitName = "missingpersons")
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
    private MissingClock clock;

    @Inject
    private EpisodesPublished episodes;

    @Override
    public long report(NewMissingReport asked) {
        Require.present(asked, "There is no report to take down.");
        PersonReference person = person(Require.present(asked.personId(),
                "Choose the missing person from the people index (search first; put them on file if they are not)."));
        PersonReference reporting = asked.reporterPersonId() == null ? null : person(asked.reporterPersonId());
        NewMissingReport report = asked.naming(person.id(), reporting == null ? null : reporting.id());
        long personId = person.id();
        String reporter = reporting == null ? report.reporterName() : reporting.displayName();
        Stamp stamp = stamp();
        boolean under18 = person.dateOfBirth() != null && report.lastSeenAt() != null
                && under18(person.dateOfBirth(), report.lastSeenAt().toLocalDate());
        MissingCase missing = new MissingCase(report, person.displayName(), under18, reporter, stamp);
        entityManager.persist(missing);
        entityManager.flush();
        long before = entityManager.createQuery("select count(c) from MissingCase c where c.personId = :p and c.id <> :id",
                Long.class).setParameter("p", personId).setParameter("id", missing.id()).getSingleResult();
        writes.created(RecordRef.of(RecordType.MISSING_PERSON_CASE, missing.id()), Change.of("person " + personId
                + " reported missing by " + (report.reporterPersonId() == null ? missing.reporterName()
                : "person " + report.reporterPersonId()) + "; last seen " + missing.lastSeenAt() + " at "
                + missing.lastSeenPlace() + (missing.child() ? "; child" : "")
                + (missing.vulnerabilities().isEmpty() ? "" : "; vulnerable: " + labels(missing.vulnerabilities()))
                + (before > 0 ? "; repeat missing (" + (before + 1) + " episodes)" : ""), new FieldChanges()
                .field("missing person", null, person.displayName() + " (person " + personId + ")")
                .field("reported by", null, missing.reporterName()
                        + (report.reporterPersonId() == null ? "" : " (person " + report.reporterPersonId() + ")"))
                .field("last seen", null, missing.lastSeenAt() + " at " + missing.lastSeenPlace())
                .field("child", null, missing.child() ? "yes" : "no")
                .field("vulnerability factors", null, missing.vulnerabilities().isEmpty() ? null
                        : labels(missing.vulnerabilities()))
                .list()).naming(RecordRef.person(personId),
                        report.reporterPersonId() == null ? null : RecordRef.person(report.reporterPersonId())));
        episodes.reported(missing.id(), personId, report.reporterPersonId(), missing.reportedAt());
        return missing.id();
    }

    @Override
    public Optional<CaseView> view(long id) {
        return view(id, null);
    }

    @Override
    public Optional<CaseView> view(long id, String reason) {
        MissingCase missing = entityManager.find(MissingCase.class, id);
        if (!access.open(RecordRef.of(RecordType.MISSING_PERSON_CASE, id), missing != null, reason)) {
            return Optional.empty();
        }
        HiddenRecords hidden = access.hidden(RecordType.PERSON, RecordType.MISSING_PERSON_CASE);
        return Optional.of(Views.of(missing, hidden.person(missing.personId()) ? List.of()
                : episodesOf(missing.personId(), hidden), JpaCaseLinks.of(entityManager, missing.id()), clock.now(),
                hidden.ids(RecordType.PERSON)));
    }

    @Override
    public void grade(long caseId, RiskLevel level, String rationale) {
        MissingCase missing = existing(caseId);
        RiskLevel before = missing.riskLevel();
        Object reviewBefore = MissingClock.show(missing.nextReviewDue());
        RiskGrading grading = missing.grade(level, rationale, stamp(), intervals());
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of(grading.kind().label() + ": "
                + (before == null || before == level ? "" : before.label() + " to ") + level.label()
                + (grading.late() ? " (review was overdue)" : "") + "; next review " + MissingClock.show(missing.nextReviewDue()),
                riskChanges(before, level, rationale, reviewBefore, missing)));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void supervise(long caseId, RiskLevel level, String rationale) {
        MissingCase missing = existing(caseId);
        RiskLevel before = missing.riskLevel();
        Object reviewBefore = MissingClock.show(missing.nextReviewDue());
        RiskGrading grading = missing.supervise(level, rationale, stamp(), intervals());
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of(grading.kind().label() + ": "
                + (before == level ? level.label() : before.label() + " to " + level.label())
                + "; next review " + MissingClock.show(missing.nextReviewDue()),
                riskChanges(before, level, rationale, reviewBefore, missing)));
    }

    @Override
    public void logEnquiry(long caseId, String action, String result) {
        MissingCase missing = existing(caseId);
        missing.logEnquiry(action, result, stamp());
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("enquiry logged",
                List.of(FieldChange.of("enquiry", null, action + (result == null || result.isBlank() ? "" : ": " + result)))));
    }

    @Override
    public void recordSighting(long caseId, NewSighting sighting) {
        MissingCase missing = existing(caseId);
        missing.recordSighting(sighting, stamp());
        String seen = sighting.reliability().label().toLowerCase() + ", " + sighting.place();
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("sighting recorded: " + seen,
                List.of(FieldChange.of("sighting", null, seen))));
    }

    @Override
    public void found(long caseId, Found found) {
        MissingCase missing = existing(caseId);
        missing.found(found, stamp());
        FindingAndClosure ending = missing.ending();
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("found " + ending.foundAt()
                + " at " + ending.foundPlace() + "; " + ending.foundState(), new FieldChanges()
                        .field("found", null, ending.foundAt() + " at " + ending.foundPlace())
                        .field("state when found", null, ending.foundState()).list()));
    }

    @Override
    public void returnInterview(long caseId, OffsetDateTime offeredAt, InterviewOutcome outcome, OffsetDateTime at,
            String note) {
        MissingCase missing = existing(caseId);
        Require.present(outcome, "Say whether the return home interview was done or declined.");
        missing.returnInterview(offeredAt, outcome, at, note, stamp());
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("return home interview offered "
                + offeredAt + ": " + outcome.name().toLowerCase(), List.of(FieldChange.of("return home interview", null,
                        "offered " + offeredAt + ": " + outcome.name().toLowerCase() + (at == null ? "" : " " + at)))));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void close(long caseId, String note) {
        MissingCase missing = existing(caseId);
        missing.close(note, stamp());
        writes.changed(RecordRef.of(RecordType.MISSING_PERSON_CASE, caseId), Change.of("closure approved",
                List.of(FieldChange.of("closed", null, "closure approved" + (note == null || note.isBlank() ? ""
                        : ": " + note.strip())))));
    }

    /** "Mental health, Child", not "[MENTAL_HEALTH, CHILD]": the audit trail is read by people. */
    private static String labels(Collection<Vulnerability> vulnerabilities) {
        return vulnerabilities.stream().map(Vulnerability::label).collect(Collectors.joining(", "));
    }

    private static List<FieldChange> riskChanges(RiskLevel before, RiskLevel level, String rationale,
            Object reviewBefore, MissingCase missing) {
        return new FieldChanges().field("risk level", before == null ? null : before.label(), level.label())
                .field("risk rationale", null, rationale)
                .field("next review due", reviewBefore, MissingClock.show(missing.nextReviewDue())).list();
    }

    @Override
    public List<OpenCase> openCases() {
        return Dashboard.byRisk(open());
    }

    @Override
    public List<OpenCase> reviewsDue() {
        return Dashboard.reviewsDue(open());
    }

    @Override
    public List<Episode> episodes(long personId) {
        HiddenRecords hidden = access.hidden(RecordType.PERSON, RecordType.MISSING_PERSON_CASE);
        List<Episode> episodes = hidden.person(personId) ? List.of() : episodesOf(personId, hidden);
        access.listed(RecordTypes.MISSING_PERSON_CASE, "missing episodes of person " + personId, episodes.size());
        return episodes;
    }

    private List<OpenCase> open() {
        HiddenRecords hidden = access.hidden(RecordType.PERSON, RecordType.MISSING_PERSON_CASE);
        List<MissingCase> open = hidden.visible(RecordType.MISSING_PERSON_CASE, entityManager.createQuery(
                "select c from MissingCase c where c.status = :missing", MissingCase.class)
                .setParameter("missing", CaseStatus.MISSING).getResultList(), MissingCase::id);
        Map<Long, Long> episodes = open.isEmpty() ? Map.of()
                : episodesByPerson(open.stream().map(MissingCase::personId).distinct().toList(), hidden);
        OffsetDateTime now = clock.now();
        List<OpenCase> cases = open.stream().map(c -> Views.open(c, episodes.getOrDefault(c.personId(), 1L).intValue(),
                now, hidden.ids(RecordType.PERSON))).toList();
        access.listed(RecordTypes.MISSING_PERSON_CASE, "open cases", cases.size());
        return cases;
    }

    private List<Episode> episodesOf(long personId, HiddenRecords hidden) {
        return hidden.visible(RecordType.MISSING_PERSON_CASE, entityManager.createQuery("select c from MissingCase c"
                + " where c.personId = :p order by c.reportedAt, c.id", MissingCase.class).setParameter("p", personId)
                .getResultList(), MissingCase::id).stream().map(Views::episode).collect(Collectors.toList());
    }

    /** Each person's number of episodes, leaving out cases restricted from the caller (ADR 0019). */
    private Map<Long, Long> episodesByPerson(List<Long> personIds, HiddenRecords hidden) {
        Map<Long, Long> episodes = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select c.personId, c.id from MissingCase c"
                + " where c.personId in :ids", Object[].class).setParameter("ids", personIds).getResultList()) {
            if (!hidden.contains(RecordType.MISSING_PERSON_CASE, (Long) row[1])) {
                episodes.merge((Long) row[0], 1L, Long::sum);
            }
        }
        return episodes;
    }

    private Intervals intervals() {
        return JpaReviewIntervals.read(entityManager);
    }

    private PersonReference person(long id) {
        return people.reference(id, null).orElseThrow(() -> new InvalidInput("There is no person " + id
                + " on the people index; search for them, or put them on file first."));
    }

    static boolean under18(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() < 18;
    }

    private MissingCase existing(long id) {
        return CaseLookup.existing(entityManager, writes, id);
    }

    private Stamp stamp() {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.now());
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean exists(long id) {
        return entityManager.find(MissingCase.class, id) != null;
    }
}

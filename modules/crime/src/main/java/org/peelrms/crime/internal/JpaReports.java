package org.peelrms.crime.internal;

import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;
import org.peelrms.staff.api.StaffAccounts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportView;
import org.peelrms.crime.api.Reports;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonReference;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Reports and the decisions on them, with standard JPA; each change audited in the same transaction. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class JpaReports implements Reports {

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

    @Inject
    private CrimeNumberFormat numberFormat;

    @Override
    public long receive(NewReport report) {
        Require.present(report, "There is no report to take down.");
        PersonReference reporting = report.reporterPersonId() == null ? null
                : PeopleOnFile.person(people, report.reporterPersonId());
        String reporter = reporting == null ? null : reporting.displayName();
        Report received = new Report(report, reporting == null ? null : reporting.id(), reporter, stamp());
        entityManager.persist(received);
        writes.created(RecordRef.of(RecordType.CRIME_REPORT, received.id()), Change.of("reported " + received.reportedAt()
                + " by " + received.method().label() + (reporter == null ? ", anonymous" : ", reporter person "
                + received.reporterPersonId()) + "; at " + received.location()
                + (received.looksLikeCrime() ? "; looks like a crime" : "")
                + (received.domesticAbuse() ? "; domestic abuse" : ""), new FieldChanges()
                .field("reported", null, received.reportedAt())
                .field("how reported", null, received.method().label())
                .field("reporter", null, reporter == null ? "anonymous" : reporter + " (person " + received.reporterPersonId() + ")")
                .field("where", null, received.location())
                .field("looks like a crime", null, yesNo(received.looksLikeCrime()))
                .field("domestic abuse", null, yesNo(received.domesticAbuse()))
                .field("status", null, received.status().label()).list())
                .naming(received.reporterPersonId() == null ? null : RecordRef.person(received.reporterPersonId())));
        return received.id();
    }

    @Override
    public Optional<ReportView> report(long id) {
        return report(id, null);
    }

    @Override
    public Optional<ReportView> report(long id, String reason) {
        Report report = entityManager.find(Report.class, id);
        if (!access.open(RecordRef.of(RecordType.CRIME_REPORT, id), report != null, reason)) {
            return Optional.empty();
        }
        return Optional.of(Views.report(report, clock, Hidden.from(access)));
    }

    @Override
    public List<Long> recordCrimes(long reportId, List<NewCrime> crimes) {
        Require.that(crimes != null && !crimes.isEmpty(), "Give at least one crime to record.");
        Report report = existing(reportId);
        String statusBefore = report.status().label();
        Stamp stamp = stamp();
        CrimeNumbers numbers = new CrimeNumbers(entityManager, numberFormat);
        int year = stamp.at().atZoneSameInstant(RecordingClock.UK).getYear();
        List<CrimeRecord> recorded = new ArrayList<>();
        for (NewCrime crime : crimes) {
            Require.present(crime, "One of the crimes is empty.");
            staff.requireAccount(crime.officerInCharge(), "officer in charge");
            OffenceClassification classification = classification(crime.classificationCode());
            CrimeRecord record = report.recordCrime(numbers.next(year), classification, crime, stamp);
            if (crime.victimPersonId() != null) {
                PersonReference victim = PeopleOnFile.person(people, crime.victimPersonId());
                record.link(victim.id(), victim.displayName(), org.peelrms.crime.api.PersonRole.VICTIM, stamp);
            }
            if (report.reporterPersonId() != null && record.victim().map(v -> v.personId() != report.reporterPersonId())
                    .orElse(true)) {
                record.link(report.reporterPersonId(), report.reporterName(), org.peelrms.crime.api.PersonRole.REPORTER, stamp);
            }
            recorded.add(record);
        }
        entityManager.flush();
        for (CrimeRecord record : recorded) {
            writes.created(RecordRef.of(RecordType.CRIME, record.id()), Change.of(record.number() + " from report " + reportId
                    + ": " + record.classification().view().display()
                    + (record.victim().isPresent() ? "; victim person " + record.victim().get().personId() : ""),
                    new FieldChanges().field("crime number", null, record.number())
                            .field("report", null, reportId)
                            .field("classification", null, record.classification().view().display())
                            .field("victim", null, record.victim().map(v -> v.name() + " (person " + v.personId() + ")")
                                    .orElse(null))
                            .field("status", null, record.status().label()).list())
                    .naming(record.victim().map(v -> RecordRef.person(v.personId())).orElse(null)));
        }
        String crimeNumbers = recorded.stream().map(c -> c.number() + " (crime " + c.id() + ")").collect(Collectors.joining(", "));
        writes.changed(RecordRef.of(RecordType.CRIME_REPORT, reportId), Change.of("recorded as crime: " + crimeNumbers,
                new FieldChanges().field("status", statusBefore, report.status().label())
                        .field("crimes recorded", null, crimeNumbers).list())
                .naming(recorded.stream().map(c -> RecordRef.of(RecordType.CRIME, c.id())).toArray(RecordRef[]::new)));
        return recorded.stream().map(CrimeRecord::id).toList();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public void closeAsNonCrime(long reportId, String rationale) {
        Report report = existing(reportId);
        String statusBefore = report.status().label();
        report.closeAsNonCrime(rationale, stamp());
        writes.changed(RecordRef.of(RecordType.CRIME_REPORT, reportId), Change.of("closed as a non-crime incident: "
                + report.nonCrimeRationale(), new FieldChanges().field("status", statusBefore, report.status().label())
                        .field("non-crime rationale", null, report.nonCrimeRationale()).list()));
    }

    @Override
    public void flagDomesticAbuse(long reportId) {
        Report report = existing(reportId);
        if (report.flagDomesticAbuse()) {
            Stamp stamp = stamp();
            report.crimes().forEach(crime -> crime.note("flagged as domestic abuse", stamp));
            writes.changed(RecordRef.of(RecordType.CRIME_REPORT, reportId), Change.of("flagged as domestic abuse",
                    List.of(FieldChange.of("domestic abuse", yesNo(false), yesNo(true)))));
        }
    }

    @Override
    public void assessRisk(long reportId, RiskLevel level, List<RiskAnswer> answers) {
        Report report = existing(reportId);
        RiskAssessment before = report.latestAssessment();
        RiskAssessment assessment = report.assessRisk(level, answers, stamp());
        writes.changed(RecordRef.of(RecordType.CRIME_REPORT, reportId), Change.of("domestic-abuse risk assessed: "
                + assessment.level().label() + " (" + assessment.view().answers().size() + " answers)",
                List.of(FieldChange.of("domestic-abuse risk", before == null ? null : before.level().label(),
                        assessment.level().label()))));
    }

    @Override
    public void referToMarac(long reportId, LocalDate conferenceDate, String note) {
        Report report = existing(reportId);
        report.referToMarac(conferenceDate, note, stamp());
        writes.changed(RecordRef.of(RecordType.CRIME_REPORT, reportId), Change.of("referred to MARAC"
                + (conferenceDate == null ? "" : " for " + UkDateFormat.day(conferenceDate)), List.of(FieldChange.of("MARAC referral", null,
                        conferenceDate == null ? "referred" : "conference " + conferenceDate))));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private OffenceClassification classification(String code) {
        String given = Require.text(code, 10, "Choose the Home Office offence classification.");
        OffenceClassification classification = entityManager.find(OffenceClassification.class, given.toUpperCase());
        if (classification == null) {
            classification = entityManager.find(OffenceClassification.class, given);
        }
        if (classification == null) {
            throw new InvalidInput("There is no Home Office offence classification '" + given
                    + "' in Peel's table; choose one from the list, or ask an administrator to add it.");
        }
        return classification;
    }

    private Report existing(long id) {
        return writes.existing(RecordRef.of(RecordType.CRIME_REPORT, id), entityManager.find(Report.class, id),
                "There is no report " + id + ".");
    }

    private Stamp stamp() {
        return Caller.stamp(session, clock);
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean exists(long id) {
        return entityManager.find(Report.class, id) != null;
    }
}

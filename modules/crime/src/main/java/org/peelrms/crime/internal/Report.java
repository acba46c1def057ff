package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportMethod;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.InvalidInput;

/**
 * A report of an incident: who reported it, how and when, what and where. The aggregate root of what
 * is decided about it: it ends only as crime records (one per victim) or as a non-crime incident with
 * a written rationale, and the decision keeps who made it and when. Domestic abuse is flagged here,
 * with its risk assessments and MARAC referrals. Optimistically locked.
 */
@Entity
@Table(name = "report", schema = "crime")
public class Report {
    /** How far in the future a time of report may be (clocks of devices differ a little). */

    @Id
    @SequenceGenerator(name = "report_seq", schema = "crime", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;

    @Column(name = "reporter_person_id")
    private Long reporterPersonId;

    @Column(name = "reporter_name", length = 300)
    private String reporterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportMethod method;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false, length = 64)
    private String receivedBy;

    @Column(name = "what_happened", nullable = false, length = 4000)
    private String whatHappened;

    @Column(nullable = false, length = 300)
    private String location;

    @Column(name = "looks_like_crime", nullable = false)
    private boolean looksLikeCrime;

    @Column(name = "domestic_abuse", nullable = false)
    private boolean domesticAbuse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "non_crime_rationale", length = 4000)
    private String nonCrimeRationale;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CrimeRecord> crimes = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<RiskAssessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<MaracReferral> referrals = new ArrayList<>();

    @Version
    private int version;

    protected Report() {
    }

    /**
     * @param reporterPersonId the reporter's id on the people index as it stands now (a survivor's, ADR 0046), or null
     * @param reporterName the reporter's name from the people index, or null when anonymous
     * @param received     who took the report down, and when
     */
    Report(NewReport report, Long reporterPersonId, String reporterName, Stamp received) {
        Require.present(report, "There is no report to take down.");
        this.method = Require.present(report.method(), "Say how the report was made (999, 101, in person…).");
        this.reportedAt = report.reportedAt() == null ? received.at() : report.reportedAt();
        Require.happened(reportedAt, received.at(), "The time of report");
        this.whatHappened = Require.text(report.whatHappened(), 4000, "Say what happened.");
        this.location = Require.text(report.location(), 300, "Say where it happened.");
        this.reporterPersonId = reporterPersonId;
        this.reporterName = reporterName;
        this.looksLikeCrime = report.looksLikeCrime();
        this.domesticAbuse = report.domesticAbuse();
        this.receivedAt = received.at();
        this.receivedBy = received.user();
    }

    /**
     * Records one crime from this report; the first crime recorded is the report's decision. A report
     * closed as a non-crime incident records nothing more.
     */
    CrimeRecord recordCrime(String number, OffenceClassification classification, NewCrime crime, Stamp stamp) {
        if (status == ReportStatus.CLOSED_NON_CRIME) {
            throw new InvalidInput("Report " + id + " was closed as a non-crime incident by " + decidedBy
                    + "; it cannot be recorded as a crime now.");
        }
        CrimeRecord record = new CrimeRecord(this, number, classification, crime, stamp);
        crimes.add(record);
        if (status == ReportStatus.OPEN) {
            status = ReportStatus.RECORDED;
            decidedAt = stamp.at();
            decidedBy = stamp.user();
        }
        return record;
    }

    /** Closes the report as a non-crime incident, with the written rationale. */
    void closeAsNonCrime(String rationale, Stamp stamp) {
        String why = Require.text(rationale, 4000,
                "Write why this is not a crime: the rationale is what an auditor will read.");
        if (status != ReportStatus.OPEN) {
            throw new InvalidInput("Report " + id + " has already been decided (" + status.label().toLowerCase()
                    + " by " + decidedBy + "); it cannot be closed as a non-crime incident.");
        }
        status = ReportStatus.CLOSED_NON_CRIME;
        nonCrimeRationale = why;
        decidedAt = stamp.at();
        decidedBy = stamp.user();
    }

    /** Flags the report and its crimes as domestic abuse. */
    boolean flagDomesticAbuse() {
        boolean changed = !domesticAbuse;
        domesticAbuse = true;
        crimes.forEach(CrimeRecord::flagDomesticAbuse);
        return changed;
    }

    RiskAssessment assessRisk(RiskLevel level, List<RiskAnswer> answers, Stamp stamp) {
        Require.that(domesticAbuse, "Report " + id + " is not flagged as domestic abuse; flag it first.");
        RiskAssessment assessment = new RiskAssessment(this, level, answers, stamp);
        assessments.add(assessment);
        return assessment;
    }

    MaracReferral referToMarac(LocalDate conferenceDate, String note, Stamp stamp) {
        Require.that(domesticAbuse, "Report " + id + " is not flagged as domestic abuse.");
        Require.that(latestAssessment() != null,
                "Assess the risk before referring to a MARAC: the referral rests on the assessment.");
        MaracReferral referral = new MaracReferral(this, conferenceDate, note, stamp);
        referrals.add(referral);
        return referral;
    }

    RiskAssessment latestAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    MaracReferral latestReferral() {
        return referrals.isEmpty() ? null : referrals.get(referrals.size() - 1);
    }

    Long id() {
        return id;
    }

    Long reporterPersonId() {
        return reporterPersonId;
    }

    String reporterName() {
        return reporterName;
    }

    ReportMethod method() {
        return method;
    }

    OffsetDateTime reportedAt() {
        return reportedAt;
    }

    String receivedBy() {
        return receivedBy;
    }

    String whatHappened() {
        return whatHappened;
    }

    String location() {
        return location;
    }

    boolean looksLikeCrime() {
        return looksLikeCrime;
    }

    boolean domesticAbuse() {
        return domesticAbuse;
    }

    ReportStatus status() {
        return status;
    }

    OffsetDateTime decidedAt() {
        return decidedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    String nonCrimeRationale() {
        return nonCrimeRationale;
    }

    List<CrimeRecord> crimes() {
        return crimes;
    }
}

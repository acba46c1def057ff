package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.crime.api.MaracReferralView;

/** The referral of a domestic-abuse case to a multi-agency risk assessment conference. */
@Entity
@Table(name = "marac_referral", schema = "crime")
public class MaracReferral {

    @Id
    @SequenceGenerator(name = "marac_referral_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marac_referral_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "referred_by", nullable = false, length = 64)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private OffsetDateTime referredAt;

    @Column(name = "conference_date")
    private LocalDate conferenceDate;

    @Column(length = 2000)
    private String note;

    protected MaracReferral() {
    }

    MaracReferral(Report report, LocalDate conferenceDate, String note, Stamp stamp) {
        this.report = report;
        this.conferenceDate = conferenceDate;
        this.note = Require.optional(note, 2000, "The referral note");
        this.referredBy = stamp.user();
        this.referredAt = stamp.at();
    }

    MaracReferralView view() {
        return new MaracReferralView(referredBy, referredAt, conferenceDate, note);
    }
}

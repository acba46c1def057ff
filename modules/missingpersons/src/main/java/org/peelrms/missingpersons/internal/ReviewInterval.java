package org.peelrms.missingpersons.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.missingpersons.api.ReviewIntervalView;
import org.peelrms.missingpersons.api.RiskLevel;

/** How often cases at one risk level are reviewed; one row a level, seeded by migration V1. */
@Entity
@Table(name = "review_interval", schema = "missingpersons")
public class ReviewInterval {
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 30 * 24 * 60;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 20)
    private RiskLevel level;

    @Column(name = "interval_minutes", nullable = false)
    private int minutes;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ReviewInterval() {
    }

    RiskLevel level() {
        return level;
    }

    int minutes() {
        return minutes;
    }

    void set(int newMinutes, Stamp stamp) {
        Require.that(newMinutes >= MIN_MINUTES && newMinutes <= MAX_MINUTES,
                "A review interval must be from " + MIN_MINUTES + " minutes to 30 days (" + MAX_MINUTES
                        + " minutes); " + newMinutes + " is not.");
        this.minutes = newMinutes;
        this.changedBy = stamp.user();
        this.changedAt = stamp.at();
    }

    ReviewIntervalView view() {
        return new ReviewIntervalView(level, minutes, changedBy, changedAt);
    }
}

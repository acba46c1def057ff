package org.peelrms.crime.internal;

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
import java.time.OffsetDateTime;
import org.peelrms.crime.api.CrimeView;

/** One line of a crime's history, shown on its page. */
@Entity
@Table(name = "crime_history", schema = "crime")
public class CrimeHistory {

    @Id
    @SequenceGenerator(name = "crime_history_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crime_history_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_id")
    private CrimeRecord crime;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", nullable = false, length = 64)
    private String byUser;

    @Column(nullable = false, length = 2000)
    private String what;

    protected CrimeHistory() {
    }

    CrimeHistory(CrimeRecord crime, String what, Stamp stamp) {
        this.crime = crime;
        this.what = what.length() > 2000 ? what.substring(0, 1999) + "…" : what;
        this.at = stamp.at();
        this.byUser = stamp.user();
    }

    String what() {
        return what;
    }

    CrimeView.HistoryEntry view() {
        return new CrimeView.HistoryEntry(at, byUser, what);
    }
}

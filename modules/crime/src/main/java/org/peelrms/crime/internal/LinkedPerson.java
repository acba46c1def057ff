package org.peelrms.crime.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.peelrms.crime.api.PersonRole;

/** A person on the people index linked to a crime in a role, by their id; the name as it stood when linked. */
@Entity
@Table(name = "crime_person", schema = "crime")
public class LinkedPerson {

    @Id
    @SequenceGenerator(name = "crime_person_seq", schema = "crime", sequenceName = "crime_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crime_person_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_id")
    private CrimeRecord crime;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonRole role;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private OffsetDateTime linkedAt;

    protected LinkedPerson() {
    }

    LinkedPerson(CrimeRecord crime, long personId, String name, PersonRole role, Stamp stamp) {
        this.crime = crime;
        this.personId = personId;
        this.name = name;
        this.role = role;
        this.linkedBy = stamp.user();
        this.linkedAt = stamp.at();
    }

    CrimeRecord crime() {
        return crime;
    }

    long personId() {
        return personId;
    }

    String name() {
        return name;
    }

    PersonRole role() {
        return role;
    }

    CrimeView.LinkedPersonView view() {
        return new CrimeView.LinkedPersonView(id == null ? 0 : id, personId, name, role, linkedBy, linkedAt);
    }
}

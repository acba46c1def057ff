package org.peelrms.nominal.internal;

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
import java.time.LocalDate;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.internal.matching.RecordedName;

/** Another name a person is known by, indexed exactly like the current name. */
@Entity
@Table(name = "person_name", schema = "nominal")
public class PersonName {

    @Id
    @SequenceGenerator(name = "person_name_seq", schema = "nominal", sequenceName = "person_name_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_name_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_type", nullable = false, length = 20)
    private NameType type;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(length = 200)
    private String forenames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    protected PersonName() {
    }

    PersonName(NameType type, String forenames, String surname, LocalDate dateOfBirth) {
        this.type = type;
        this.forenames = forenames;
        this.surname = surname;
        this.dateOfBirth = dateOfBirth;
    }

    void belongTo(Person owner) {
        this.person = owner;
    }

    /** This name as the matcher compares it; without a date of its own, the person's. */
    RecordedName recorded(LocalDate personsDateOfBirth) {
        return new RecordedName(type.shortName() + " '" + view().display() + "'", forenames, surname,
                dateOfBirth != null ? dateOfBirth : personsDateOfBirth);
    }

    OtherName view() {
        return new OtherName(type, forenames, surname, dateOfBirth);
    }
}

package org.peelrms.nominal.internal.merging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.Sex;

/** A person's own details as they were just before a merge, to put back when it is undone. */
@Embeddable
public class DetailsBefore {
    @Column(nullable = false, length = 100)
    private String surname;

    @Column(length = 200)
    private String forenames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(name = "height_cm")
    private Integer heightCm;

    @Column(name = "pnc_id", length = 20)
    private String pncId;

    protected DetailsBefore() {
    }

    DetailsBefore(PersonDetails details) {
        surname = details.surname();
        forenames = details.forenames();
        dateOfBirth = details.dateOfBirth();
        sex = details.sex();
        heightCm = details.heightCm();
        pncId = details.pncId();
    }

    PersonDetails details() {
        return new PersonDetails(surname, forenames, dateOfBirth, sex, heightCm, pncId);
    }
}

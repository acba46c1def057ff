package org.peelrms.nominal.internal;

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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.peelrms.nominal.api.PersonSummary;
import org.peelrms.nominal.api.Sex;

/**
 * A nominal: one real person, with a current name and any number of other names. The aggregate
 * root of the people index; its other names are saved and indexed with it.
 */
@Entity
@Table(name = "person", schema = "nominal")
@Indexed(index = "person")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", schema = "nominal", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @KeywordField
    @Column(length = 64, unique = true)
    private String reference;

    @FullTextField(analyzer = NameAnalysis.NAME)
    @Column(nullable = false, length = 100)
    private String surname;

    @FullTextField(analyzer = NameAnalysis.NAME)
    @Column(length = 200)
    private String forenames;

    @GenericField
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @IndexedEmbedded
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PersonName> otherNames = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    private int version;

    protected Person() {
    }

    Person(String reference, String forenames, String surname, LocalDate dateOfBirth, Sex sex,
            OffsetDateTime createdAt, String createdBy) {
        this.reference = reference;
        this.forenames = forenames;
        this.surname = surname;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void addOtherName(PersonName name) {
        name.belongTo(this);
        otherNames.add(name);
    }

    Long id() {
        return id;
    }

    PersonSummary summary() {
        return new PersonSummary(id, reference, forenames, surname, dateOfBirth, sex,
                otherNames.stream().map(PersonName::view).toList());
    }
}

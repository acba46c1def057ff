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
import jakarta.persistence.Transient;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.peelrms.nominal.internal.matching.RecordedName;
import org.peelrms.nominal.internal.matching.StoredNames;
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

    @KeywordField(projectable = Projectable.YES)
    @Column(length = 64, unique = true)
    private String reference;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(length = 200)
    private String forenames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @KeywordField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

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

    /** Every name the person is on file under, current first, as the matcher compares them. */
    List<RecordedName> recordedNames() {
        List<RecordedName> names = new ArrayList<>();
        names.add(new RecordedName("current name", forenames, surname, dateOfBirth));
        otherNames.forEach(other -> names.add(other.recorded(dateOfBirth)));
        return names;
    }

    /** The search keys of all the person's names (see NameKeys), indexed in one field. */
    @Transient
    @FullTextField(name = PeopleSearchFields.KEYS, analyzer = NameAnalysis.KEYS, norms = Norms.NO,
            projectable = Projectable.NO)
    @IndexingDependency(derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "surname")),
        @ObjectPath(@PropertyValue(propertyName = "forenames")),
        @ObjectPath(@PropertyValue(propertyName = "dateOfBirth")),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "surname")}),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "forenames")}),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "dateOfBirth")})})
    public List<String> getSearchKeys() {
        return List.copyOf(SearchVocabulary.keys().indexKeys(recordedNames()));
    }

    /** The names themselves, stored in the index so that search scores candidates without the database. */
    @Transient
    @KeywordField(name = PeopleSearchFields.NAMES, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "surname")),
        @ObjectPath(@PropertyValue(propertyName = "forenames")),
        @ObjectPath(@PropertyValue(propertyName = "dateOfBirth")),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "surname")}),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "forenames")}),
        @ObjectPath({@PropertyValue(propertyName = "otherNames"), @PropertyValue(propertyName = "dateOfBirth")})})
    public List<String> getStoredNames() {
        return recordedNames().stream().map(StoredNames::encode).toList();
    }

    String reference() {
        return reference;
    }

    /** Corrects the person's details, e.g. from a newer export of the legacy system. */
    void correct(String newForenames, String newSurname, LocalDate newDateOfBirth, Sex newSex) {
        this.forenames = newForenames;
        this.surname = newSurname;
        this.dateOfBirth = newDateOfBirth;
        this.sex = newSex;
    }

    void clearOtherNames() {
        otherNames.clear();
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

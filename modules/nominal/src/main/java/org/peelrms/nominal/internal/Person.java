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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.matching.RecordedName;
import org.peelrms.nominal.internal.matching.StoredNames;

/**
 * A nominal: one real person, with a current name and any number of other names, identifying
 * marks and warning markers. The aggregate root of the people index: everything about the person
 * is changed through it, saved with it and indexed with it. Optimistically locked.
 */
@Entity
@Table(name = "person", schema = "nominal")
@Indexed(index = "person", routingBinder = @RoutingBinderRef(type = MergedAwayNotIndexed.class))
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", schema = "nominal", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    @Column(length = 64, unique = true)
    private String reference;

    @Column(name = "pnc_id", length = 20)
    private String pncId;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(length = 200)
    private String forenames;

    @GenericField
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @KeywordField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @GenericField
    @Column(name = "height_cm")
    private Integer heightCm;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PersonName> otherNames = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IdentifyingMark> marks = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WarningMarker> markers = new ArrayList<>();

    @Column(name = "imported_surname", length = 100)
    private String importedSurname;

    @Column(name = "imported_forenames", length = 200)
    private String importedForenames;

    @Column(name = "imported_date_of_birth")
    private LocalDate importedDateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "imported_sex", length = 10)
    private Sex importedSex;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "merged_into") // the survivor, once merged (ADR 0045)
    private Long mergedInto;

    @Version
    private int version;

    protected Person() {
    }

    Person(String reference, PersonDetails details, Stamp stamp) {
        this.reference = reference;
        this.createdAt = stamp.at();
        this.createdBy = stamp.user();
        apply(details);
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
    @KeywordField(name = PeopleSearchFields.KEYS, norms = Norms.NO, projectable = Projectable.NO)
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

    /** The warning markers in force, shown on every search hit. */
    @Transient
    @KeywordField(name = PeopleSearchFields.MARKERS, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
        @ObjectPath({@PropertyValue(propertyName = "markers"), @PropertyValue(propertyName = "type")}),
        @ObjectPath({@PropertyValue(propertyName = "markers"), @PropertyValue(propertyName = "endedAt")})})
    public List<String> getActiveMarkers() {
        return markers.stream().filter(WarningMarker::active).map(marker -> marker.type().name()).distinct().toList();
    }

    /** What the identifying marks say, searchable by word ("dragon", "left forearm"). */
    @Transient
    @FullTextField(name = PeopleSearchFields.MARKS, analyzer = NameAnalysis.TEXT)
    @IndexingDependency(derivedFrom = {
        @ObjectPath({@PropertyValue(propertyName = "marks"), @PropertyValue(propertyName = "description")}),
        @ObjectPath({@PropertyValue(propertyName = "marks"), @PropertyValue(propertyName = "bodyLocation")}),
        @ObjectPath({@PropertyValue(propertyName = "marks"), @PropertyValue(propertyName = "kind")})})
    public List<String> getMarksText() {
        return marks.stream().map(IdentifyingMark::text).toList();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public int version() {
        return version;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    /** Merged into {@code survivorId}, or (null) a record of their own again: re-routes the index. */
    public void mergedInto(Long survivorId, Stamp stamp) {
        this.mergedInto = survivorId;
        this.changedAt = stamp.at();
        this.changedBy = stamp.user();
    }

    /** Corrects the person's own details; says what changed, for the audit log. */
    public String correct(PersonDetails details, Stamp stamp) {
        String changes = Changes.between(details(), details);
        apply(details);
        this.changedAt = stamp.at();
        this.changedBy = stamp.user();
        return changes;
    }

    void addOtherName(NameType type, String otherForenames, String otherSurname, LocalDate otherDateOfBirth,
            Stamp stamp) {
        otherNames.add(new PersonName(this, type, otherForenames, otherSurname, otherDateOfBirth, false, stamp));
    }

    /** An alias that came from an import file: the next import ends it if the file no longer lists it. */
    PersonName addImportedAlias(String otherForenames, String otherSurname, Stamp stamp) {
        PersonName alias = new PersonName(this, NameType.ALIAS, otherForenames, otherSurname, null, true, stamp);
        otherNames.add(alias);
        return alias;
    }

    /** Every other name on file, in use or ended. */
    public List<PersonName> otherNames() {
        return List.copyOf(otherNames);
    }

    /** Adds a name a merge brought, or (with {@code add} false) takes it away again when the merge is undone. */
    public void mergedName(PersonName name, boolean add) {
        if (add) {
            otherNames.add(name);
        } else {
            otherNames.remove(name);
        }
    }

    /** What the last import said of the person's own details; empty when no import has said anything. */
    Optional<PersonDetails> lastImported() {
        return importedSurname == null ? Optional.empty()
                : Optional.of(new PersonDetails(importedSurname, importedForenames, importedDateOfBirth, importedSex,
                        null, null));
    }

    /** Remembers what an import file said of the person, whether or not it was applied. */
    void importedAs(PersonDetails source) {
        this.importedSurname = source.surname();
        this.importedForenames = source.forenames();
        this.importedDateOfBirth = source.dateOfBirth();
        this.importedSex = source.sex();
    }

    Optional<PersonName> otherName(long nameId) {
        return otherNames.stream().filter(name -> name.id() == nameId).findFirst();
    }

    void addMark(MarkKind kind, String description, String bodyLocation, Stamp stamp) {
        marks.add(new IdentifyingMark(this, kind, description, bodyLocation, stamp));
    }

    void setMarker(MarkerType type, String note, Stamp stamp) {
        markers.add(new WarningMarker(this, type, note, stamp));
    }

    Optional<WarningMarker> marker(long markerId) {
        return markers.stream().filter(marker -> marker.id() == markerId).findFirst();
    }

    public PersonDetails details() {
        return new PersonDetails(surname, forenames, dateOfBirth, sex, heightCm, pncId);
    }

    public PersonRecord record() {
        return new PersonRecord(id, version, reference, pncId, surname, forenames, dateOfBirth, sex, heightCm,
                otherNames.stream().map(PersonName::view).toList(), marks.stream().map(IdentifyingMark::view).toList(),
                markers.stream().map(WarningMarker::view).toList(), createdBy, createdAt, changedBy, changedAt, null);
    }

    private void apply(PersonDetails details) {
        this.surname = details.surname().strip();
        this.forenames = details.forenames() == null ? null : details.forenames().strip();
        this.dateOfBirth = details.dateOfBirth();
        this.sex = details.sex();
        this.heightCm = details.heightCm();
        this.pncId = details.pncId() == null || details.pncId().isBlank() ? null : details.pncId().strip();
    }
}

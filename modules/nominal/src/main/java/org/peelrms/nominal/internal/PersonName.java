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
import java.time.OffsetDateTime;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.PersonNames;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * Another name a person is known by, searched exactly like the current name. Ending a name records
 * that it is no longer in use; it stays on file and searchable, since people go back to old names.
 */
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

    @Column(name = "added_by", length = 64)
    private String addedBy;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(nullable = false)
    private boolean imported;

    /** The merge that brought this name from another record (ADR 0045), that record, and how it is shown. */
    @Column(name = "merge_id")
    private Long mergeId;

    @Column(name = "merged_from_id")
    private Long mergedFromId;

    @Column(name = "merged_from", length = 80)
    private String mergedFrom;

    protected PersonName() {
    }

    PersonName(Person person, NameType type, String forenames, String surname, LocalDate dateOfBirth, boolean imported,
            Stamp stamp) {
        this.person = person;
        this.imported = imported;
        this.type = type;
        this.forenames = forenames;
        this.surname = surname;
        this.dateOfBirth = dateOfBirth;
        this.addedBy = stamp.user();
        this.addedAt = stamp.at();
    }

    /**
     * A name a merge brings to the survivor from the merged-away record, typed as there (its current name an
     * alias), with a date of birth (its own, or the merged-away person's) so that a search by it finds the survivor.
     */
    public static PersonName fromMerge(Person survivor, long mergeId, Person mergedAway, String mergedAwayLabel,
            NameType type, String forenames, String surname, LocalDate dateOfBirth, Stamp stamp) {
        PersonName name = new PersonName(survivor, type, forenames, surname, dateOfBirth, false, stamp);
        name.mergeId = mergeId;
        name.mergedFromId = mergedAway.id();
        name.mergedFrom = mergedAwayLabel;
        return name;
    }

    /**
     * One of the merged-away person's other names, copied onto the survivor by a merge as {@link #fromMerge}
     * does, and still ended if it was (by whom and when, as on the merged-away record): a name no longer in use
     * does not come back into use by being merged.
     */
    public static PersonName copiedByMerge(Person survivor, long mergeId, Person mergedAway, String mergedAwayLabel,
            PersonName original, LocalDate personsDateOfBirth, Stamp stamp) {
        PersonName name = fromMerge(survivor, mergeId, mergedAway, mergedAwayLabel, original.type, original.forenames,
                original.surname, original.dateOfBirth != null ? original.dateOfBirth : personsDateOfBirth, stamp);
        name.endedBy = original.endedBy;
        name.endedAt = original.endedAt;
        return name;
    }

    public long id() {
        return id;
    }

    public Long mergeId() {
        return mergeId;
    }

    public NameType nameType() {
        return type;
    }

    public String forenames() {
        return forenames;
    }

    public String surname() {
        return surname;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** When the name was ended; null while it is in use. */
    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    /** In use: not ended. */
    public boolean active() {
        return endedAt == null;
    }

    void end(Stamp stamp) {
        this.endedBy = stamp.user();
        this.endedAt = stamp.at();
    }

    /** Whether the name came from an import file (rather than an officer). */
    boolean imported() {
        return imported;
    }

    /** The name as spelt, without regard to case or spacing, to tell whether a file's alias is already on file. */
    String spelling() {
        return display().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    String display() {
        return PersonNames.display(forenames, surname);
    }

    NameType type() {
        return type;
    }

    /** This name as the matcher compares it; without a date of its own, the person's. */
    RecordedName recorded(LocalDate personsDateOfBirth) {
        return new RecordedName(type.shortName() + " '" + display() + "'" + cameFrom(), forenames, surname,
                dateOfBirth != null ? dateOfBirth : personsDateOfBirth);
    }

    PersonRecord.Name view() {
        return new PersonRecord.Name(id, type, forenames, surname, dateOfBirth, addedBy, addedAt, endedBy, endedAt,
                mergedFrom == null ? null : "merged record " + mergedFrom);
    }

    /** " (from merged record P0002)" on a name a merge brought, as search explanations show it. */
    private String cameFrom() {
        return mergedFrom == null ? "" : " (from merged record " + mergedFrom + ")";
    }
}

package org.peelrms.nominal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything on a person's page: details, every name, identifying marks and warning markers. */
public record PersonRecord(long id, int version, String reference, String pncId, String surname, String forenames,
        LocalDate dateOfBirth, Sex sex, Integer heightCm, List<Name> otherNames, List<Mark> marks,
        List<Marker> markers, String createdBy, OffsetDateTime createdAt, String changedBy,
        OffsetDateTime changedAt, MergedAway openedAs) implements Serializable {

    /**
     * The record opened by the id or reference of a person merged into it (ADR 0045), for the page to say so: "Record
     * 2 was merged into this one on 07/12/2026 14:20 by admin". {@link PersonRecord#openedAs()} is null when the
     * record was opened as itself.
     */
    public record MergedAway(long personId, String reference, long mergeId, String mergedBy, OffsetDateTime mergedAt) implements Serializable {
    }

    /** This record, as opened by the id of a person merged into it. */
    public PersonRecord openedAs(MergedAway mergedAway) {
        return new PersonRecord(id, version, reference, pncId, surname, forenames, dateOfBirth, sex, heightCm,
                otherNames, marks, markers, createdBy, createdAt, changedBy, changedAt, mergedAway);
    }

    public String displayName() {
        return PersonNames.display(forenames, surname);
    }

    public PersonDetails details() {
        return new PersonDetails(surname, forenames, dateOfBirth, sex, heightCm, pncId);
    }

    /** Markers still in force. */
    public List<Marker> activeMarkers() {
        return markers.stream().filter(Marker::active).toList();
    }

    /**
     * Another name, and whether it has been ended (an ended name is still searched).
     *
     * @param cameFrom where a merge brought it from ("merged record P0002"), or null
     */
    public record Name(long id, NameType type, String forenames, String surname, LocalDate dateOfBirth,
            String addedBy, OffsetDateTime addedAt, String endedBy, OffsetDateTime endedAt, String cameFrom) implements Serializable {
        public String display() {
            return PersonNames.display(forenames, surname);
        }

        public boolean active() {
            return endedAt == null;
        }
    }

    /** An identifying mark: what it is and where on the body. */
    public record Mark(long id, MarkKind kind, String description, String bodyLocation, String recordedBy,
            OffsetDateTime recordedAt) implements Serializable {
    }

    /** A warning marker: set with a date and by whom; ended (never deleted) with a reason. */
    public record Marker(long id, MarkerType type, String note, String setBy, OffsetDateTime setAt, String endedBy,
            OffsetDateTime endedAt, String endReason) implements Serializable {
        public boolean active() {
            return endedAt == null;
        }
    }
}

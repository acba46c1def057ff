package org.peelrms.missingpersons.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.kernel.Require;
import org.peelrms.missingpersons.api.CaseView;

/** A person on the people index, or a place, linked to a missing person case, and how. */
@Entity
@Table(name = "case_link", schema = "missingpersons")
public class CaseLink {

    @Id
    @SequenceGenerator(name = "case_link_seq", schema = "missingpersons", sequenceName = "case_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_link_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name", length = 300)
    private String personName;

    @Column(length = 300)
    private String place;

    @Column(nullable = false, length = 200)
    private String relationship;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CaseLink() {
    }

    private CaseLink(long caseId, String relationship, Stamp stamp) {
        this.caseId = caseId;
        this.relationship = Require.text(relationship, 200,
                "Say how they are linked to the missing person (for example mother, works there).");
        this.addedBy = stamp.user();
        this.addedAt = stamp.at();
    }

    Long personId() {
        return personId;
    }

    static CaseLink person(long caseId, long personId, String personName, String relationship, Stamp stamp) {
        CaseLink link = new CaseLink(caseId, relationship, stamp);
        link.personId = personId;
        link.personName = personName;
        return link;
    }

    static CaseLink place(long caseId, String place, String relationship, Stamp stamp) {
        CaseLink link = new CaseLink(caseId, relationship, stamp);
        link.place = Require.text(place, 300, "Say which place: an address or a description.");
        return link;
    }

    long caseId() {
        return caseId;
    }

    /** What the audit log says was linked. */
    String describe() {
        return (personId == null ? "place " + place : "person " + personId) + " (" + relationship + ")";
    }

    CaseView.Link view() {
        return new CaseView.Link(personId, personName, place, relationship, addedBy, addedAt);
    }
}

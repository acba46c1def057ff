package org.peelrms.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.peelrms.casefile.api.PartyRole;

/** A person on the file: a suspect, a defendant or a witness; their id on the people index and name when linked. */
@Entity
@Table(name = "file_party", schema = "casefile")
public class FileParty {
    @Id
    @SequenceGenerator(name = "file_party_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_party_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PartyRole role;

    protected FileParty() {
    }

    FileParty(CaseFile file, long personId, String name, PartyRole role) {
        this.file = file;
        this.personId = personId;
        this.name = name;
        this.role = role;
    }

    CaseFile file() { return file; }
    long personId() { return personId; }
    String name() { return name; }
    PartyRole role() { return role; }
}

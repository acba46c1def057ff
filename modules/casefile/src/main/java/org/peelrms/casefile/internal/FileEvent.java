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
import java.time.OffsetDateTime;
import org.peelrms.casefile.api.FileStatus;

/** A stage the file reached, when and by whom, with a note (a return's feedback); never changed (a trigger refuses it). */
@Entity
@Table(name = "file_event", schema = "casefile")
public class FileEvent {
    @Id
    @SequenceGenerator(name = "file_event_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FileStatus stage;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", nullable = false, length = 64, updatable = false)
    private String by;

    @Column(length = 4000, updatable = false)
    private String note;

    protected FileEvent() {
    }

    FileEvent(CaseFile file, FileStatus stage, Stamp stamp, String note) {
        this.file = file;
        this.stage = stage;
        this.at = stamp.at();
        this.by = stamp.user();
        this.note = note;
    }

    CaseFile file() { return file; }
    FileStatus stage() { return stage; }
    OffsetDateTime at() { return at; }
    String by() { return by; }
    String note() { return note; }
}

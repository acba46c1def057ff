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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.casefile.api.Form;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;

/** A written form of the file; rewriting it clears its signature, which must then be given again. */
@Entity
@Table(name = "file_form", schema = "casefile")
public class FileForm {
    @Id
    @SequenceGenerator(name = "file_form_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_form_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Form form;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name", length = 300)
    private String personName;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "signed_by", length = 300)
    private String signedBy;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    protected FileForm() {
    }

    FileForm(CaseFile file, Form form, Long personId, String personName, String body, Stamp stamp) {
        this.file = file;
        this.form = form;
        this.personId = personId;
        this.personName = personName;
        this.body = body;
        this.writtenBy = stamp.user();
        this.writtenAt = stamp.at();
    }

    void rewrite(String text, Stamp stamp) {
        body = text;
        writtenBy = stamp.user();
        writtenAt = stamp.at();
        signedBy = null;
        signedAt = null;
    }

    void sign(String by, OffsetDateTime at) {
        signedBy = by;
        signedAt = at;
    }

    /**
     * Signed on its own: a witness statement (MG11) by its witness, on the day given (never in the future) or now;
     * a schedule of unused or sensitive material (MG6C, MG6D) by the caller. The MG5 is certified by the approving
     * supervisor instead; other forms are not signed.
     */
    void signAlone(LocalDate signedOn, Stamp stamp) {
        switch (form) {
            case MG11 -> {
                OffsetDateTime at = signedOn == null ? stamp.at() : signedOn.atStartOfDay(FileTime.UK).toOffsetDateTime();
                Require.that(!at.isAfter(stamp.at()), "A statement cannot be signed in the future.");
                sign(personName, at);
            }
            case MG6C, MG6D -> sign(stamp.user(), stamp.at());
            case MG5 -> throw new InvalidInput("The MG5 is certified by a supervisor when they approve the file.");
            default -> throw new InvalidInput(form + " is not signed on its own.");
        }
    }

    long id() { return id; }
    Form form() { return form; }
    Long personId() { return personId; }
    String personName() { return personName; }
    String body() { return body; }
    String writtenBy() { return writtenBy; }
    OffsetDateTime writtenAt() { return writtenAt; }
    String signedBy() { return signedBy; }
    OffsetDateTime signedAt() { return signedAt; }
    boolean signed() { return signedBy != null; }
}

package org.peelrms.missingpersons.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;

/**
 * One photograph of the missing person on a case. Kept apart from {@link MissingCase} so that the
 * image's bytes are read only when the photograph itself is asked for.
 */
@Entity
@Table(name = "case_photograph", schema = "missingpersons")
public class CasePhotograph {

    @Id
    @SequenceGenerator(name = "case_photograph_seq", schema = "missingpersons", sequenceName = "case_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_photograph_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(length = 300)
    private String description;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CasePhotograph() {
    }

    CasePhotograph(long caseId, NewPhotograph photograph, Stamp stamp) {
        Require.present(photograph, "Choose a photograph to add.");
        byte[] bytes = photograph.content();
        Require.that(bytes != null && bytes.length > 0, "Choose a photograph to add: the file given is empty.");
        Require.that(bytes.length <= CasePhotographs.MAX_BYTES, "The photograph is " + megabytes(bytes.length)
                + " MiB; the most Peel keeps is 5 MiB. Save it smaller (for example as a JPEG) and try again.");
        this.contentType = ImageFormat.of(bytes).orElseThrow(() -> new InvalidInput(
                "The photograph must be a JPEG or PNG image; the file given is neither."));
        this.caseId = caseId;
        this.content = bytes.clone();
        this.description = Require.optional(photograph.description(), 300, "The description of the photograph");
        this.addedBy = stamp.user();
        this.addedAt = stamp.at();
    }

    private static String megabytes(int bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }

    Photograph view() {
        return new Photograph(contentType, content.clone(), description, addedBy, addedAt);
    }

    String contentType() {
        return contentType;
    }

    int size() {
        return content.length;
    }
}

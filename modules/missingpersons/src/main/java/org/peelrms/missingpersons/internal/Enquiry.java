package org.peelrms.missingpersons.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.peelrms.missingpersons.api.CaseView;

/** One line of the enquiry log: an action taken and its result. */
@Entity
@Table(name = "enquiry", schema = "missingpersons")
public class Enquiry {
    @Id
    @SequenceGenerator(name = "enquiry_seq", schema = "missingpersons", sequenceName = "case_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private MissingCase missingCase;

    @Column(nullable = false, length = 2000)
    private String action;

    @Column(length = 4000)
    private String result;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Enquiry() {
    }

    Enquiry(MissingCase missingCase, String action, String result, Stamp stamp) {
        this.missingCase = missingCase;
        this.action = Require.text(action, 2000, "Say what was done (the action taken).");
        this.result = Require.optional(result, 4000, "The result");
        this.recordedBy = stamp.user();
        this.recordedAt = stamp.at();
    }

    CaseView.EnquiryEntry view() {
        return new CaseView.EnquiryEntry(action, result, recordedBy, recordedAt);
    }
}

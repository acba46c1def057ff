package org.peelrms.custody.internal;

import org.peelrms.kernel.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.peelrms.custody.api.NewOffence;

/** An offence a person was booked in for. Written once, never changed (the database refuses it). */
@Entity
@Table(name = "custody_offence", schema = "custody")
public class CustodyOffence {

    @Id
    @SequenceGenerator(name = "custody_offence_seq", schema = "custody", sequenceName = "custody_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_offence_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private CustodyRecord record;

    @Column(nullable = false, length = 300, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private boolean indictable;

    protected CustodyOffence() {
    }

    CustodyOffence(CustodyRecord record, NewOffence offence) {
        this.record = record;
        this.description = Require.text(offence.description(), 300, "Describe each offence the person was arrested for.");
        this.indictable = offence.indictable();
    }

    NewOffence view() {
        return new NewOffence(description, indictable);
    }

    boolean indictable() {
        return indictable;
    }

    String description() {
        return description;
    }
}

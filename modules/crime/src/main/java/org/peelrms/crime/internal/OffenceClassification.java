package org.peelrms.crime.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.peelrms.crime.api.OffenceClassificationView;

/** A Home Office offence classification, kept in a table administrators maintain. Retired, never deleted. */
@Entity
@Table(name = "offence_classification", schema = "crime")
public class OffenceClassification {

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(name = "in_use", nullable = false)
    private boolean inUse = true;

    protected OffenceClassification() {
    }

    OffenceClassification(String code, String name, String category) {
        this.code = code;
        this.name = name;
        this.category = category;
    }

    String code() {
        return code;
    }

    boolean inUse() {
        return inUse;
    }

    void retire() {
        inUse = false;
    }

    OffenceClassificationView view() {
        return new OffenceClassificationView(code, name, category, inUse);
    }
}

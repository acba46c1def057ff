package org.peelrms.nominal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One name-variant group added by an administrator. */
@Entity
@Table(name = "name_variant", schema = "nominal")
public class NameVariantRow {

    @Id
    @SequenceGenerator(name = "name_variant_seq", schema = "nominal", sequenceName = "name_variant_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "name_variant_seq")
    private Long id;

    @Column(nullable = false, length = 1000)
    private String names;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected NameVariantRow() {
    }

    NameVariantRow(String names, Stamp stamp) {
        this.names = names;
        this.addedBy = stamp.user();
        this.addedAt = stamp.at();
    }

    String names() {
        return names;
    }
}

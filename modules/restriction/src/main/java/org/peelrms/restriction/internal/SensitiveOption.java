package org.peelrms.restriction.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A search option an administrator marked sensitive; no row, not sensitive. */
@Entity
@Table(name = "sensitive_option", schema = "restriction")
public class SensitiveOption {

    @Id
    @Column(name = "option_key", length = 81)
    private String key;

    @Column(name = "search_name", nullable = false, length = 40)
    private String search;

    @Column(name = "option_name", nullable = false, length = 40)
    private String option;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected SensitiveOption() {
    }

    SensitiveOption(String search, String option, String by, OffsetDateTime at) {
        this.key = key(search, option);
        this.search = search;
        this.option = option;
        this.changedBy = by;
        this.changedAt = at;
    }

    static String key(String search, String option) {
        return search + "." + option;
    }

    String option() {
        return option;
    }
}

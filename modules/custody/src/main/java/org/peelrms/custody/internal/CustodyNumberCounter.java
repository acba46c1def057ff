package org.peelrms.custody.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last custody number given in a year. Advanced only by {@link CustodyNumbers}, in one statement. */
@Entity
@Table(name = "custody_number_counter", schema = "custody")
public class CustodyNumberCounter {

    @Id
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected CustodyNumberCounter() {
    }
}

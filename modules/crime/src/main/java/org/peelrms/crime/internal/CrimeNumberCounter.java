package org.peelrms.crime.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last crime number given in a year. Advanced only by {@link CrimeNumbers}, in one statement. */
@Entity
@Table(name = "crime_number_counter", schema = "crime")
public class CrimeNumberCounter {

    @Id
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected CrimeNumberCounter() {
    }
}

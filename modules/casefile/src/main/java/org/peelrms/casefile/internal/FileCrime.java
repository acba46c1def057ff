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

/** A crime the file is about: its id on the crime module and its number as it was when linked. */
@Entity
@Table(name = "file_crime", schema = "casefile")
public class FileCrime {
    @Id
    @SequenceGenerator(name = "file_crime_seq", schema = "casefile", sequenceName = "file_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_crime_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Column(name = "crime_id", nullable = false)
    private long crimeId;

    @Column(name = "crime_number", nullable = false, length = 40)
    private String number;

    protected FileCrime() {
    }

    FileCrime(CaseFile file, long crimeId, String number) {
        this.file = file;
        this.crimeId = crimeId;
        this.number = number;
    }

    long crimeId() { return crimeId; }
    String number() { return number; }
}

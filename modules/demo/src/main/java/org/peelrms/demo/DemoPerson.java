package org.peelrms.demo;

import java.time.LocalDate;

/** A person on the people index whom demo records are about, as the people search shows them. */
public record DemoPerson(long id, String name, LocalDate dateOfBirth, String markers) {
}

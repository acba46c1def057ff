package org.peelrms.missingpersons.internal;

import java.time.LocalDate;

/** A person on the people index whom demo cases are about. */
record DemoPerson(long id, String name, LocalDate dateOfBirth) {
}

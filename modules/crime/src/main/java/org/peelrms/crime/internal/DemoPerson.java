package org.peelrms.crime.internal;

/** A person on the people index whom demo reports and crimes link to. */
record DemoPerson(long id, String name) {
}

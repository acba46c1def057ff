package org.peelrms.custody.internal;

/** A person on the people index who is detained in demo custody records, with their warning markers. */
record DemoPerson(long id, String name, String markers) {
}

package org.peelrms.casefile.internal;

import java.io.Serializable;

/** A demo person from the people index: id and name. */
public record DemoPerson(long id, String name) implements Serializable {
}

package org.peelrms.missingpersons.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** How the person was found: when, where, how, and in what state. */
public record Found(OffsetDateTime foundAt, String place, String how, String state) implements Serializable {
}

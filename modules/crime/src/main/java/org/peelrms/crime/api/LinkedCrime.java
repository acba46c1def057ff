package org.peelrms.crime.api;

import java.io.Serializable;

/** A crime a person is linked to, and in which role: for the person's page. */
public record LinkedCrime(CrimeSummary crime, PersonRole role) implements Serializable {
}

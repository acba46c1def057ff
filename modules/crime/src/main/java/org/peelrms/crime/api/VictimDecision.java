package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A victim's decision not to support further police action, recorded so that it can be audited.
 *
 * @param howObtained  how the decision was obtained, e.g. "in person, signed statement", "by phone"
 * @param obtainedAt   when
 * @param obtainedBy   by whom (an officer's name or user name)
 * @param victimsWords the victim's own words, where they gave them
 */
public record VictimDecision(String howObtained, OffsetDateTime obtainedAt, String obtainedBy, String victimsWords) implements Serializable {
}

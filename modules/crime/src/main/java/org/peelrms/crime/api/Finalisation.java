package org.peelrms.crime.api;

/**
 * Finalising a crime: the Home Office outcome type and why.
 *
 * @param victimDecision required for the outcomes that rest on the victim not supporting action (14, 16)
 */
public record Finalisation(OutcomeType outcome, String rationale, VictimDecision victimDecision) {
}

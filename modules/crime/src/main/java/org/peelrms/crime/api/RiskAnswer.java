package org.peelrms.crime.api;

import java.io.Serializable;

/** One question of a domestic-abuse risk assessment and the answer given. */
public record RiskAnswer(String question, String answer) implements Serializable {
}

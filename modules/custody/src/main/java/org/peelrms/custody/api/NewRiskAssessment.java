package org.peelrms.custody.api;

/** A risk assessment in the four areas the custody officer asks about, and the observation level it sets. */
public record NewRiskAssessment(String health, String selfHarm, String alcoholAndDrugs, String otherRisks,
        ObservationLevel level) {
}

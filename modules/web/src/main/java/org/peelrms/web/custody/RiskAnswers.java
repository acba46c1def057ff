package org.peelrms.web.custody;

import java.io.Serializable;
import org.peelrms.custody.api.NewRiskAssessment;
import org.peelrms.custody.api.ObservationLevel;

/**
 * The answers of a detainee's risk assessment as typed on a page (booking in, or a later assessment
 * on the custody record): health, self-harm, alcohol and drugs, other risks.
 */
public class RiskAnswers implements Serializable {
    private static final long serialVersionUID = 1L;

    private String health;
    private String selfHarm;
    private String alcoholAndDrugs;
    private String otherRisks;

    /** The assessment to record, with the observation level it sets. */
    NewRiskAssessment assessment(ObservationLevel level) {
        return new NewRiskAssessment(health, selfHarm, alcoholAndDrugs, otherRisks, level);
    }

    public String getHealth() { return health; }
    public void setHealth(String health) { this.health = health; }
    public String getSelfHarm() { return selfHarm; }
    public void setSelfHarm(String selfHarm) { this.selfHarm = selfHarm; }
    public String getAlcoholAndDrugs() { return alcoholAndDrugs; }
    public void setAlcoholAndDrugs(String alcoholAndDrugs) { this.alcoholAndDrugs = alcoholAndDrugs; }
    public String getOtherRisks() { return otherRisks; }
    public void setOtherRisks(String otherRisks) { this.otherRisks = otherRisks; }
}

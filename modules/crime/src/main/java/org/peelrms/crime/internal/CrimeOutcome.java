package org.peelrms.crime.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import org.peelrms.crime.api.CrimeStatus;
import org.peelrms.crime.api.Finalisation;
import org.peelrms.crime.api.OutcomeType;
import org.peelrms.crime.api.VictimDecision;
import org.peelrms.kernel.Require;

/**
 * How a crime was finalised: the Home Office outcome type, the rationale, who finalised it and when,
 * and, for the outcomes that rest on the victim not supporting action, the victim's decision. The
 * finalisation rules are checked here; the columns are those of {@code crime.crime_record}. Null on a
 * crime not finalised.
 */
@Embeddable
public class CrimeOutcome {

    @Convert(converter = OutcomeNumber.class)
    @Column(name = "outcome")
    private OutcomeType outcome;

    @Column(name = "outcome_rationale", length = 4000)
    private String outcomeRationale;

    @Column(name = "finalised_at")
    private OffsetDateTime finalisedAt;

    @Column(name = "finalised_by", length = 64)
    private String finalisedBy;

    @Column(name = "victim_decision_how", length = 300)
    private String victimDecisionHow;

    @Column(name = "victim_decision_at")
    private OffsetDateTime victimDecisionAt;

    @Column(name = "victim_decision_by", length = 100)
    private String victimDecisionBy;

    @Column(name = "victim_words", length = 4000)
    private String victimWords;

    protected CrimeOutcome() {
    }

    /**
     * Checks a finalisation of the crime and gives its outcome. An outcome that names a suspect needs
     * one linked; an outcome resting on the victim not supporting action needs the victim linked and
     * their decision recorded: how it was obtained, when, by whom. Nothing on the crime changes here.
     */
    static CrimeOutcome of(CrimeRecord crime, Finalisation finalisation, Stamp stamp) {
        Require.present(finalisation, "Choose the outcome.");
        OutcomeType type = Require.present(finalisation.outcome(), "Choose the Home Office outcome type (1 to 22).");
        Require.that(crime.status() == CrimeStatus.UNDER_INVESTIGATION, "Crime " + crime.number() + " is already "
                + crime.status().label().toLowerCase() + ".");
        Require.that(crime.pendingCancellation().isEmpty(), "A cancellation of " + crime.number()
                + " is waiting for a supervisor's decision; finalise it after that decision.");
        CrimeOutcome outcome = new CrimeOutcome();
        outcome.outcomeRationale = Require.text(finalisation.rationale(), 4000, "Write the rationale for the outcome.");
        if (type.needsSuspect()) {
            Require.that(crime.people().stream().anyMatch(p -> p.role().accused()), type.display()
                    + " needs a suspect or offender linked to the crime; link them first.");
        }
        if (type.needsVictimDecision()) {
            Require.that(crime.victim().isPresent(), type.display()
                    + " rests on the victim's decision; link the victim first.");
            outcome.victimDecision(type, finalisation.victimDecision(), crime.report().reportedAt(), stamp);
        }
        outcome.outcome = type;
        outcome.finalisedAt = stamp.at();
        outcome.finalisedBy = stamp.user();
        return outcome;
    }

    private void victimDecision(OutcomeType type, VictimDecision given, OffsetDateTime reportedAt, Stamp stamp) {
        VictimDecision decision = Require.present(given, type.display()
                + " needs the victim's decision recorded: how it was obtained, when, by whom, and their own words where given.");
        victimDecisionHow = Require.text(decision.howObtained(), 300,
                "Say how the victim's decision was obtained (in person, by phone, a signed statement…).");
        victimDecisionAt = Require.present(decision.obtainedAt(), "Say when the victim's decision was obtained.");
        Require.that(!victimDecisionAt.isAfter(stamp.at()), "The victim's decision cannot have been obtained in the future.");
        Require.that(!victimDecisionAt.isBefore(reportedAt),
                "The victim's decision cannot have been obtained before the crime was reported.");
        victimDecisionBy = Require.text(decision.obtainedBy(), 100, "Say who obtained the victim's decision.");
        victimWords = Require.optional(decision.victimsWords(), 4000, "The victim's own words");
    }

    OutcomeType type() {
        return outcome;
    }

    String rationale() {
        return outcomeRationale;
    }

    OffsetDateTime finalisedAt() {
        return finalisedAt;
    }

    String finalisedBy() {
        return finalisedBy;
    }

    VictimDecision victimDecision() {
        return victimDecisionHow == null ? null
                : new VictimDecision(victimDecisionHow, victimDecisionAt, victimDecisionBy, victimWords);
    }
}

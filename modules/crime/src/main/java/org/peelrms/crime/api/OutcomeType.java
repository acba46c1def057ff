package org.peelrms.crime.api;

import java.util.Arrays;

/**
 * The Home Office outcome types a crime is finalised with (the crime outcomes framework, 1 to 22;
 * the Home Office Crime Recording Rules, section H). Each says whether it needs a suspect or
 * offender linked to the crime, and whether it rests on the victim not supporting action, in which
 * case the victim's decision itself must be recorded.
 */
public enum OutcomeType {
    CHARGED(1, "Charged or summonsed", true, false),
    CAUTION_YOUTH(2, "Caution – youths", true, false),
    CAUTION_ADULT(3, "Caution – adults", true, false),
    TAKEN_INTO_CONSIDERATION(4, "Taken into consideration", true, false),
    OFFENDER_DIED(5, "The offender has died", true, false),
    PENALTY_NOTICE(6, "Penalty notice for disorder", true, false),
    CANNABIS_KHAT_WARNING(7, "Cannabis or khat warning", true, false),
    COMMUNITY_RESOLUTION(8, "Community resolution", true, false),
    NOT_IN_PUBLIC_INTEREST_CPS(9, "Prosecution not in the public interest (CPS)", true, false),
    NOT_IN_PUBLIC_INTEREST_POLICE(10, "Formal action not in the public interest (police)", true, false),
    PREVENTED_AGE(11, "Prosecution prevented – suspect below the age of criminal responsibility", true, false),
    PREVENTED_SUSPECT_ILL(12, "Prosecution prevented – suspect too ill to prosecute", true, false),
    PREVENTED_VICTIM_OR_WITNESS(13, "Prosecution prevented – victim or key witness dead or too ill to give evidence", true, false),
    VICTIM_DOES_NOT_SUPPORT_NO_SUSPECT(14, "Evidential difficulties – no suspect identified; victim does not support further action", false, true),
    EVIDENTIAL_DIFFICULTIES(15, "Evidential difficulties – suspect identified; victim supports action", true, false),
    VICTIM_DOES_NOT_SUPPORT(16, "Evidential difficulties – suspect identified; victim does not support further action", true, true),
    TIME_LIMIT_EXPIRED(17, "Prosecution time limit expired", true, false),
    NO_SUSPECT_IDENTIFIED(18, "Investigation complete – no suspect identified", false, false),
    NFIB_FILED(19, "National Fraud Intelligence Bureau filed", false, false),
    OTHER_BODY(20, "Further action to be taken by another body or agency", false, false),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(21, "Further investigation to support formal action not in the public interest (police)", true, false),
    DIVERSIONARY_ACTIVITY(22, "Diversionary, educational or intervention activity undertaken; no further action in the public interest", true, false);

    private final int number;
    private final String label;
    private final boolean needsSuspect;
    private final boolean needsVictimDecision;

    OutcomeType(int number, String label, boolean needsSuspect, boolean needsVictimDecision) {
        this.number = number;
        this.label = label;
        this.needsSuspect = needsSuspect;
        this.needsVictimDecision = needsVictimDecision;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** "Outcome 16: Evidential difficulties – …", as lists and the audit log show it. */
    public String display() {
        return "Outcome " + number + ": " + label;
    }

    /** True when a suspect or offender must be linked to the crime for this outcome. */
    public boolean needsSuspect() {
        return needsSuspect;
    }

    /** True when the outcome rests on the victim not supporting action: their decision must be recorded. */
    public boolean needsVictimDecision() {
        return needsVictimDecision;
    }

    /** The outcome with this Home Office number, 1 to 22. */
    public static OutcomeType number(int number) {
        return Arrays.stream(values()).filter(o -> o.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no Home Office outcome type " + number
                        + "; the outcome types are 1 to 22."));
    }
}

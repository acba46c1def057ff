package org.peelrms.nominal.api;

/** Warning markers, as officers know them from the Police National Computer's warning signals. */
public enum MarkerType {
    VIOLENCE("Violent"),
    WEAPONS("Weapons"),
    FIREARMS("Firearms"),
    SELF_HARM("Self-harm"),
    SUICIDE_RISK("Suicide risk"),
    DRUGS("Drugs"),
    ESCAPE_RISK("Escaper"),
    MENTAL_HEALTH("Mental health"),
    VULNERABLE_ADULT("Vulnerable adult"),
    VULNERABLE_CHILD("Vulnerable child"),
    CONTAGIOUS("Contagious"),
    ALLEGES("Alleges (makes complaints against police)");

    private final String label;

    MarkerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

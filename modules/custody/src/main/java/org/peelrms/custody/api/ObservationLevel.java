package org.peelrms.custody.api;

/**
 * How closely a detained person is watched, set by their risk assessment (College of Policing APP,
 * Detention and custody). The visit interval each level needs is configurable; see ADR 0013.
 */
public enum ObservationLevel {
    GENERAL("Level 1: general observation"),
    INTERMITTENT("Level 2: intermittent observation, roused"),
    CONSTANT("Level 3: constant observation"),
    CLOSE_PROXIMITY("Level 4: close proximity");

    private final String label;

    ObservationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Level 2", for the board. */
    public String shortLabel() {
        return "Level " + (ordinal() + 1);
    }
}

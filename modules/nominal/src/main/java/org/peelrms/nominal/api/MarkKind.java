package org.peelrms.nominal.api;

/** Kinds of identifying mark. */
public enum MarkKind {
    SCAR("Scar"), MARK("Mark"), TATTOO("Tattoo"), PIERCING("Piercing"), OTHER("Other");

    private final String label;

    MarkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

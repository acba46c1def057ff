package org.peelrms.casefile.api;

/** The kind of file, as the National File Standard sets them out; it decides what the file must contain. */
public enum FileType {
    /** For a charging decision by the CPS, before charge. */
    PRE_CHARGE("Pre-charge (charging decision)"),
    /** After charge, when a guilty plea is anticipated. */
    EXPEDITED("Expedited (anticipated guilty plea)"),
    /** After charge, when a not guilty plea is anticipated: the trial file. */
    FULL("Full (anticipated not guilty plea)");

    private final String label;

    FileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.peelrms.crime.api;

/** How a report reached the police. */
public enum ReportMethod {
    EMERGENCY_CALL("999 call"),
    NON_EMERGENCY_CALL("101 call"),
    IN_PERSON("In person at a station"),
    TO_AN_OFFICER("To an officer"),
    ONLINE("Online"),
    THIRD_PARTY("From another agency or a third party");

    private final String label;

    ReportMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

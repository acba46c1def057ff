package org.peelrms.nominal.api;

/** How a person's name is written on screen and in reports: forenames, then the surname in capitals. */
public final class PersonNames {
    private PersonNames() {
    }

    public static String display(String forenames, String surname) {
        String upper = surname == null ? "" : surname.toUpperCase();
        return forenames == null || forenames.isBlank() ? upper : forenames + " " + upper;
    }
}

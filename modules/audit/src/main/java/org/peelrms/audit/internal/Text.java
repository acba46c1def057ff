package org.peelrms.audit.internal;

/** Keeps free text within a column's length, marking what was cut. */
final class Text {
    private Text() {
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}

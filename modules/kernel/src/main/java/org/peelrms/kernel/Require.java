package org.peelrms.kernel;

/**
 * Checks on what a user typed, refusing it with a message they can act on ({@link InvalidInput}, so the
 * transaction rolls back and nothing is half-written). Shared by the operational modules.
 */
public final class Require {
    private Require() {
    }

    /** The text, stripped; refused when blank or longer than {@code max}. */
    public static String text(String value, int max, String whatIsMissing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(whatIsMissing);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(whatIsMissing.replaceFirst("\\.$", "") + " in at most " + max
                    + " characters (this is " + text.length() + ").");
        }
        return text;
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    public static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(what + " must be at most " + max + " characters (this is " + text.length() + ").");
        }
        return text;
    }

    public static <T> T present(T value, String whatIsMissing) {
        if (value == null) {
            throw new InvalidInput(whatIsMissing);
        }
        return value;
    }

    public static void that(boolean condition, String otherwise) {
        if (!condition) {
            throw new InvalidInput(otherwise);
        }
    }
}

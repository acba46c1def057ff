package org.peelrms.nominal.internal.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts a name into the one form that search compares: lower case, accents and special letters
 * folded to plain Latin (Łukasz → lukasz, Müller → muller, Straße → strasse), apostrophes dropped
 * (O'Brien → obrien), and split into words at spaces and hyphens (Davies-Foster → davies, foster).
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z ]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,/]+");

    private Names() {
    }

    /** The folded form of a whole name part, words joined by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
                .replace("'", "").replace("’", "").replace("`", "");
        String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = SEPARATORS.matcher(decomposed).replaceAll(" ");
        return NOT_LETTER.matcher(spaced).replaceAll("").strip();
    }

    /** The folded words of a name part: "Davies-Foster" → [davies, foster]. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A folded word with the German way of writing umlauts undone (ue → u, oe → o, ae → a), so that
     * Mueller and Müller compare equal. For comparing only: it also changes words that have no umlaut.
     */
    public static String transcribed(String folded) {
        return folded.replace("ue", "u").replace("oe", "o").replace("ae", "a");
    }

    /** The whole part with its words run together: "Davies-Foster" → daviesfoster. */
    public static String joined(String text) {
        return fold(text).replace(" ", "");
    }
}

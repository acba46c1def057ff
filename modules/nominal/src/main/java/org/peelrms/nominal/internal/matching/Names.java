package org.peelrms.nominal.internal.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts a name into the one form that search compares: other scripts in Latin letters
 * ({@link Transliteration}: Шевченко → shevchenko), lower case, accents and special letters
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
        String plain = foldPlain(text);
        if (plain != null) {
            return plain;
        }
        String lower = Transliteration.toLatin(text.strip()).toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
                .replace("'", "").replace("’", "").replace("`", "");
        String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = SEPARATORS.matcher(decomposed).replaceAll(" ");
        return NOT_LETTER.matcher(spaced).replaceAll("").strip();
    }

    /**
     * The same folding done in one pass for the common case, a name in plain ASCII letters with
     * spaces, hyphens and apostrophes (search folds every candidate's names, so this is hot); null
     * for anything else, which takes the full way.
     */
    private static String foldPlain(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                if (gap && folded.length() > 0) {
                    folded.append(' ');
                }
                gap = false;
                folded.append((char) (c | 0x20));
            } else if (c == ' ' || c == '-' || c == '_' || c == '.' || c == ',' || c == '/' || c == '\t') {
                gap = true;
            } else if (c != '\'') {
                return null;
            }
        }
        return folded.toString();
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

    /**
     * True when a folded word has no vowel letter (a, e, i, o, u), as Arabic and Hebrew names do
     * once put into Latin letters (محمد → mhmd): such a word is compared by its {@link #consonants}.
     */
    public static boolean consonantsOnly(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if ("aeiou".indexOf(folded.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The consonants of a folded word, as a script that writes no short vowels has them: vowels
     * dropped, w and y too but at the start (they stand for long vowels), a letter written twice
     * kept once. Mohammed, Muhammad and mhmd are all mhmd; Hussain and hsyn are hsn.
     */
    public static String consonants(String folded) {
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || i > 0 && (c == 'w' || c == 'y');
            if (!vowel && (kept.length() == 0 || kept.charAt(kept.length() - 1) != c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}

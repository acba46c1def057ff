package org.peelrms.nominal.internal.matching;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;

/**
 * Sound-alike codes of a folded word, from commons-codec: Double Metaphone (primary and alternate,
 * so Smith and Smyth share SM0, Schmidt XMT/SMT) and NYSIIS (Davies and Davis share DAV).
 * <p>
 * A search compares the words of a few hundred candidates' names, and the same names come up again
 * and again, so each word's codes are worked out once and remembered (up to {@link #REMEMBERED} words;
 * beyond that the memory starts again, which costs time, never correctness).
 */
public final class Phonetics {
    static final int REMEMBERED = 200_000;

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(true);
    private static final Map<String, Codes> CODES = new ConcurrentHashMap<>();

    /** The codes of one word: Double Metaphone's one or two, and NYSIIS. */
    private record Codes(Set<String> doubleMetaphone, String nysiis) {
        static Codes of(String folded) {
            String primary = DOUBLE_METAPHONE.doubleMetaphone(folded, false);
            String alternate = DOUBLE_METAPHONE.doubleMetaphone(folded, true);
            Set<String> codes = empty(primary) ? (empty(alternate) ? Set.of() : Set.of(alternate))
                    : empty(alternate) || alternate.equals(primary) ? Set.of(primary) : Set.of(primary, alternate);
            return new Codes(codes, NYSIIS.encode(folded));
        }

        private static boolean empty(String code) {
            return code == null || code.isEmpty();
        }
    }

    private Phonetics() {
    }

    /** The Double Metaphone codes of the word: one or two. */
    public static Set<String> doubleMetaphone(String folded) {
        return folded.isEmpty() ? Set.of() : codes(folded).doubleMetaphone();
    }

    /** The NYSIIS code of the word. */
    public static String nysiis(String folded) {
        return folded.isEmpty() ? "" : codes(folded).nysiis();
    }

    /** True when the two words share a Double Metaphone code or their NYSIIS codes are equal. */
    public static boolean soundAlike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Codes codesOfA = codes(a);
        Codes codesOfB = codes(b);
        for (String code : codesOfA.doubleMetaphone()) {
            if (codesOfB.doubleMetaphone().contains(code)) {
                return true;
            }
        }
        return codesOfA.nysiis().equals(codesOfB.nysiis());
    }

    private static Codes codes(String folded) {
        Codes known = CODES.get(folded);
        if (known != null) {
            return known;
        }
        if (CODES.size() >= REMEMBERED) {
            CODES.clear();
        }
        Codes codes = Codes.of(folded);
        CODES.put(folded, codes);
        return codes;
    }
}

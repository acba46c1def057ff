package org.peelrms.nominal.internal.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;

/**
 * Sound-alike codes of a folded word, from commons-codec: Double Metaphone (primary and alternate,
 * so Smith and Smyth share SM0, Schmidt XMT/SMT) and NYSIIS (Davies and Davis share DAV).
 */
public final class Phonetics {
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(true);

    private Phonetics() {
    }

    /** The Double Metaphone codes of the word: one or two. */
    public static Set<String> doubleMetaphone(String folded) {
        Set<String> codes = new LinkedHashSet<>();
        if (!folded.isEmpty()) {
            add(codes, DOUBLE_METAPHONE.doubleMetaphone(folded, false));
            add(codes, DOUBLE_METAPHONE.doubleMetaphone(folded, true));
        }
        return codes;
    }

    /** The NYSIIS code of the word. */
    public static String nysiis(String folded) {
        return folded.isEmpty() ? "" : NYSIIS.encode(folded);
    }

    /** True when the two words share a Double Metaphone code or their NYSIIS codes are equal. */
    public static boolean soundAlike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> codesOfB = doubleMetaphone(b);
        return doubleMetaphone(a).stream().anyMatch(codesOfB::contains) || nysiis(a).equals(nysiis(b));
    }

    private static void add(Set<String> codes, String code) {
        if (code != null && !code.isEmpty()) {
            codes.add(code);
        }
    }
}

package org.peelrms.nominal.internal.matching;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names written in another script, put into Latin letters before they are folded and compared
 * (ICU4J): Cyrillic as the BGN/PCGN romanisation writes it (Шевченко → Shevchenko, Сергей →
 * Sergey), Greek as UNGEGN's (Ελένη → Eleni), and any other script, Arabic and Chinese included,
 * by ICU's Any-Latin (محمد → mhmd, 王伟 → wang wei); then Latin-ASCII. Only the search's keys
 * change: the name stays on file, and is shown, as it was written.
 * <p>
 * Names wholly in Latin letters (nearly all) never come here. The transforms are built once; the
 * same transform is not used by two threads at once, and each name's Latin form is remembered.
 */
public final class Transliteration {
    static final String TRANSFORM = "Russian-Latin/BGN; Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII";
    static final int REMEMBERED = 50_000;

    private static final Transliterator TO_LATIN = Transliterator.getInstance(TRANSFORM);
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** True when the text has a letter of a script other than Latin. */
    public static boolean needed(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The text in Latin letters; text already in Latin letters is returned as it is. */
    public static String toLatin(String text) {
        if (!needed(text)) {
            return text;
        }
        String known = LATIN.get(text);
        if (known != null) {
            return known;
        }
        String latin;
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(text);
        }
        if (LATIN.size() >= REMEMBERED) {
            LATIN.clear();
        }
        LATIN.put(text, latin);
        return latin;
    }
}

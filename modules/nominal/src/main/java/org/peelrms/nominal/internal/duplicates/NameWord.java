package org.peelrms.nominal.internal.duplicates;

import java.util.Set;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.nominal.internal.matching.Phonetics;

/**
 * One folded word of a name with what the name search's tests of agreement need, worked out once: its
 * umlauts-undone form, its consonants, its Double Metaphone and NYSIIS codes, its name-variant groups. A
 * person is compared with hundreds of others; this keeps each comparison to lookups.
 */
record NameWord(String text, String transcribed, String consonants, boolean consonantsOnly, Set<String> sounds, String nysiis,
        Set<String> groups) {
    static final NameWord NONE = new NameWord("", "", "", true, Set.of(), "", Set.of());

    static NameWord of(String folded, NameVariants variants) {
        if (folded.isEmpty()) {
            return NONE;
        }
        return new NameWord(folded, Names.transcribed(folded), Names.consonants(folded), Names.consonantsOnly(folded),
                Phonetics.doubleMetaphone(folded), Phonetics.nysiis(folded), variants.groups(folded));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** As {@link Phonetics#soundAlike}: a Double Metaphone code in common, or the same NYSIIS code. */
    boolean soundsLike(NameWord other) {
        for (String code : sounds) {
            if (other.sounds.contains(code)) {
                return true;
            }
        }
        return !nysiis.isEmpty() && nysiis.equals(other.nysiis);
    }

    /** Accents, umlauts written out, transliteration, a name-variant group in common, or the same consonants. */
    boolean writtenOtherwise(NameWord other) {
        if (transcribed.equals(other.transcribed)) {
            return true;
        }
        for (String group : groups) {
            if (other.groups.contains(group)) {
                return true;
            }
        }
        return (consonantsOnly || other.consonantsOnly) && consonants.length() >= 3 && consonants.equals(other.consonants);
    }
}

package org.peelrms.nominal.internal.matching;

import java.util.List;
import java.util.Optional;

/**
 * Compares one part of a name, surname or forenames, as an officer would: exactly, but for accents,
 * as a form of the same name, as one part of a double-barrelled name, with a typing error, or by sound.
 * Scores are fixed steps so that explanations and the cut-off stay easy to reason about (ADR 0011).
 */
final class PartMatcher {
    static final double EXACT = 1.0;
    static final double ACCENTS = 0.99;
    static final double VARIANT = 0.92;
    static final double ONE_PART = 0.9;
    /**
     * 0.885, not lower: one typing slip in each part of the name, with no date of birth (0.885 × 0.85),
     * must stay above the cut-off, the commonest two-error case (ADR 0022).
     */
    static final double ONE_SLIP = 0.885;
    static final double SOUNDS_LIKE = 0.85;
    static final double INITIAL = 0.75;
    static final double TWO_SLIPS = 0.78;
    static final double PART_SOUNDS_LIKE = 0.8;
    static final double SHORTENED = 0.7;
    /** A form of the name with a typing slip (Jak for Jack, a form of John). */
    static final double FORM_ONE_SLIP = 0.8;
    /** Two slips in a name of four or five letters: credible only with the rest of the name and the date exact. */
    static final double SHORT_TWO_SLIPS = 0.6;

    private final NameVariants variants;

    PartMatcher(NameVariants variants) {
        this.variants = variants;
    }

    Agreement surname(String asked, String recorded) {
        String a = Names.joined(asked);
        String r = Names.joined(recorded);
        if (a.isEmpty() || r.isEmpty()) {
            return Agreement.NONE;
        }
        if (a.equals(r) || Names.transcribed(a).equals(Names.transcribed(r))) {
            return asked.strip().equalsIgnoreCase(recorded.strip())
                    ? new Agreement(EXACT, "surname exact")
                    : new Agreement(ACCENTS, "surname " + recorded.strip() + " written differently");
        }
        Agreement word = word(a, r, "surname", recorded.strip());
        if (word.score() >= VARIANT) {
            return word;
        }
        List<String> askedWords = Names.words(asked);
        List<String> recordedWords = Names.words(recorded);
        if (askedWords.size() > 1 || recordedWords.size() > 1) {
            for (String one : askedWords) {
                if (one.length() > 1 && recordedWords.contains(one)) {
                    return new Agreement(ONE_PART, "one part of the surname " + recorded.strip());
                }
            }
        }
        Agreement best = word;
        if (askedWords.size() > 1 || recordedWords.size() > 1) {
            for (String one : askedWords) {
                for (String other : recordedWords) {
                    Agreement part = word(one, other, "part of the surname", recorded.strip());
                    if (part.score() > 0) {
                        part = new Agreement(Math.min(part.score(), PART_SOUNDS_LIKE), part.reason());
                    }
                    if (part.better(best)) {
                        best = part;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Forenames: the first one asked about against each recorded (the first recorded counts most),
     * with a little more for further forenames that agree too.
     */
    Agreement forenames(String asked, String recorded) {
        List<String> askedWords = Names.words(asked);
        List<String> recordedWords = Names.words(recorded);
        if (askedWords.isEmpty() || recordedWords.isEmpty()) {
            return Agreement.NONE;
        }
        Agreement byWord = byWord(askedWords, recordedWords);
        if (askedWords.size() == recordedWords.size()) {
            return byWord;
        }
        Agreement asOne = asOneName(askedWords, recordedWords, recorded.strip());
        return asOne.better(byWord) ? asOne : byWord;
    }

    private Agreement byWord(List<String> askedWords, List<String> recordedWords) {
        Agreement first = bestAmong(askedWords.get(0), recordedWords);
        if (askedWords.size() == 1 || first.score() == 0) {
            return first;
        }
        int agreeing = 0;
        for (String further : askedWords.subList(1, askedWords.size())) {
            if (bestAmong(further, recordedWords).score() >= SHORTENED) {
                agreeing++;
            }
        }
        double share = (double) agreeing / (askedWords.size() - 1);
        return new Agreement(first.score() * (0.9 + 0.1 * share), first.reason());
    }

    /**
     * The forenames as one name, when one side writes in two words what the other writes in one (a
     * Chinese or Vietnamese given name of two syllables: Xiao Ming, Xiao-Ming, Xiaoming; Mary Ann,
     * Maryann): the same letters, one slip or a sound apart; not two slips (Xiaoming, Xiaolong are two
     * names) nor a shortening (Xiao for Xiaoming), which the word-by-word comparison judges.
     */
    private Agreement asOneName(List<String> askedWords, List<String> recordedWords, String shown) {
        String asked = String.join("", askedWords);
        String recorded = String.join("", recordedWords);
        if (asked.equals(recorded)) {
            return new Agreement(ACCENTS, "forenames " + shown + " written as "
                    + (askedWords.size() < recordedWords.size() ? "one word" : "separate words"));
        }
        Agreement word = word(asked, recorded, "forenames", shown);
        return word.score() >= SOUNDS_LIKE ? word : Agreement.NONE;
    }

    private Agreement bestAmong(String asked, List<String> recordedWords) {
        Agreement best = Agreement.NONE;
        for (int i = 0; i < recordedWords.size(); i++) {
            Agreement one = word(asked, recordedWords.get(i), "forename", recordedWords.get(i));
            if (i > 0 && one.score() > 0) {
                one = new Agreement(one.score() * 0.9, one.reason() + " (a middle name)");
            }
            if (one.better(best)) {
                best = one;
            }
        }
        return best;
    }

    /** Two folded words: the strongest way in which they agree. */
    private Agreement word(String a, String r, String what, String shown) {
        String display = capitalise(shown);
        if (a.equals(r)) {
            return new Agreement(EXACT, what + " exact");
        }
        if (a.length() == 1 || r.length() == 1) {
            return a.charAt(0) == r.charAt(0) && what.startsWith("forename")
                    ? new Agreement(INITIAL, "initial " + a.toUpperCase() + " fits " + what + " " + display)
                    : Agreement.NONE;
        }
        Optional<String> group = variants.sharedGroup(a, r);
        if (group.isPresent()) {
            return new Agreement(VARIANT, what + " " + capitalise(a) + " is a form of " + display);
        }
        int slips = Spelling.distanceUpTo(a, r, 2);
        int allowed = Spelling.allowedSlips(a.length() >= r.length() ? a : r);
        if (slips == 1 && allowed >= 1) {
            return new Agreement(ONE_SLIP, what + " one letter out from " + display);
        }
        if (Phonetics.soundAlike(a, r)) {
            return new Agreement(SOUNDS_LIKE, what + " sounds like " + display);
        }
        if (slips == 2 && allowed >= 2) {
            return new Agreement(TWO_SLIPS, what + " two letters out from " + display);
        }
        Optional<String> form = variants.formOneSlipFrom(a, r);
        if (form.isPresent()) {
            return new Agreement(FORM_ONE_SLIP, what + " " + capitalise(a) + " one letter out from " + capitalise(form.get())
                    + ", a form of " + display);
        }
        if (Names.consonantsOnly(a) != Names.consonantsOnly(r) && Names.consonants(a).length() >= 3
                && Names.consonants(a).equals(Names.consonants(r))) {
            return new Agreement(SOUNDS_LIKE, what + " " + display + " written without its vowels");
        }
        if (Math.min(a.length(), r.length()) >= 3 && (a.startsWith(r) || r.startsWith(a))) {
            return new Agreement(SHORTENED, what + " shortened from " + display);
        }
        if (slips == 2 && Math.min(a.length(), r.length()) >= 4) {
            // Two slips in a short name: too weak alone, enough with the rest of the name and the date exact.
            return new Agreement(SHORT_TWO_SLIPS, what + " two letters out from " + display);
        }
        return Agreement.NONE;
    }

    private static String capitalise(String word) {
        String text = word.strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

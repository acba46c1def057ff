package org.peelrms.nominal.internal.duplicates;

/**
 * The comparison levels of the finder (Fellegi–Sunter, as Splink does it): how two records agree on one
 * field, strongest first. Each field has its own levels; each level has its own m and u probabilities
 * ({@link MatchWeights}). A name level names the strongest way the name search's matcher would say the two
 * agree.
 */
public enum FieldLevel {
    SURNAME_EXACT(Field.SURNAME, "same"),
    SURNAME_WRITTEN_OTHERWISE(Field.SURNAME, "same, written another way"),
    SURNAME_SOUND(Field.SURNAME, "same by sound"),
    SURNAME_NEAR(Field.SURNAME, "near in spelling"),
    SURNAME_PART(Field.SURNAME, "one part of a double-barrelled surname"),
    SURNAME_DIFFERENT(Field.SURNAME, "different"),
    SURNAME_MISSING(Field.SURNAME, "not known on one side"),

    FORENAME_EXACT(Field.FORENAME, "same"),
    FORENAME_FORM(Field.FORENAME, "forms of one name"),
    FORENAME_SOUND(Field.FORENAME, "same by sound"),
    FORENAME_NEAR(Field.FORENAME, "near in spelling"),
    FORENAME_INITIAL(Field.FORENAME, "an initial or a middle name"),
    FORENAME_DIFFERENT(Field.FORENAME, "different"),
    FORENAME_MISSING(Field.FORENAME, "not known on one side"),

    MIDDLE_SAME(Field.MIDDLE, "a middle name in common"),
    MIDDLE_DIFFERENT(Field.MIDDLE, "middle names different"),
    MIDDLE_MISSING(Field.MIDDLE, "no middle name on one side"),

    BORN_EXACT(Field.BORN, "born the same day"),
    BORN_ONE_SLIP(Field.BORN, "born one slip apart"),
    BORN_SAME_YEAR(Field.BORN, "born the same year"),
    BORN_DIFFERENT(Field.BORN, "born on different dates"),
    BORN_MISSING(Field.BORN, "date of birth not known on one side"),

    SEX_SAME(Field.SEX, "same sex"),
    SEX_DIFFERENT(Field.SEX, "different sex"),
    SEX_MISSING(Field.SEX, "sex not known on one side");

    /** The fields compared. */
    public enum Field {
        SURNAME, FORENAME, MIDDLE, BORN, SEX
    }

    private final Field field;
    private final String words;

    FieldLevel(Field field, String words) {
        this.field = field;
        this.words = words;
    }

    public Field field() {
        return field;
    }

    public String words() {
        return words;
    }

    /** The level that carries no evidence either way: the field is not known on one side. */
    public boolean missing() {
        return this == SURNAME_MISSING || this == FORENAME_MISSING || this == MIDDLE_MISSING || this == BORN_MISSING
                || this == SEX_MISSING;
    }
}

package org.peelrms.nominal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A search for a person by name. Only the surname is required; everything else narrows and ranks.
 *
 * @param surname     the surname given (or the name believed to be the surname)
 * @param forenames   forenames, a nickname or an initial; may be empty
 * @param dateOfBirth the date of birth given, if any
 * @param yearOfBirth the year of birth, when no full date was given
 * @param sex         the sex, if known: a person of the other sex ranks lower, never vanishes
 * @param limit       at most this many results (1 to 100)
 * @param narrowing   what else is known (age or height range, marks); only people who fit are found
 */
public record NameSearch(String surname, String forenames, LocalDate dateOfBirth, Integer yearOfBirth, Sex sex,
        int limit, Narrowing narrowing) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** The options of the name search, as an administrator marks them sensitive (the surname is always used). */
    public static final List<String> OPTIONS = List.of("surname", "forenames", "dateOfBirth", "yearOfBirth", "sex",
            "age", "height", "marks");

    public NameSearch(String surname, String forenames, LocalDate dateOfBirth, Integer yearOfBirth, Sex sex, int limit) {
        this(surname, forenames, dateOfBirth, yearOfBirth, sex, limit, Narrowing.NONE);
    }

    /**
     * Further descriptions that rule people out: an age range (in years, today), a height range
     * (cm), and words describing identifying marks ("dragon tattoo"). Any may be null.
     */
    public record Narrowing(Integer ageFrom, Integer ageTo, Integer heightFrom, Integer heightTo, String marks) {
        public static final Narrowing NONE = new Narrowing(null, null, null, null, null);

        public boolean any() {
            return ageFrom != null || ageTo != null || heightFrom != null || heightTo != null
                    || (marks != null && !marks.isBlank());
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            if (ageFrom != null || ageTo != null) {
                text.append("; age ").append(ageFrom == null ? "" : ageFrom).append('-').append(ageTo == null ? "" : ageTo);
            }
            if (heightFrom != null || heightTo != null) {
                text.append("; height ").append(heightFrom == null ? "" : heightFrom).append('-')
                        .append(heightTo == null ? "" : heightTo).append(" cm");
            }
            if (marks != null && !marks.isBlank()) {
                text.append("; marks=").append(marks.strip());
            }
            return text.toString();
        }
    }

    /** The options this search uses, by the names in {@link #OPTIONS}. */
    public List<String> optionsUsed() {
        List<String> used = new ArrayList<>(List.of("surname"));
        if (forenames != null && !forenames.isBlank()) {
            used.add("forenames");
        }
        if (dateOfBirth != null) {
            used.add("dateOfBirth");
        }
        if (yearOfBirth != null) {
            used.add("yearOfBirth");
        }
        if (sex != null) {
            used.add("sex");
        }
        if (narrowing != null && (narrowing.ageFrom() != null || narrowing.ageTo() != null)) {
            used.add("age");
        }
        if (narrowing != null && (narrowing.heightFrom() != null || narrowing.heightTo() != null)) {
            used.add("height");
        }
        if (narrowing != null && narrowing.marks() != null && !narrowing.marks().isBlank()) {
            used.add("marks");
        }
        return used;
    }

    /** The criteria as the audit log records them. */
    public String describe() {
        StringBuilder text = new StringBuilder("surname=").append(surname);
        if (forenames != null && !forenames.isBlank()) {
            text.append("; forenames=").append(forenames);
        }
        if (dateOfBirth != null) {
            text.append("; dob=").append(dateOfBirth);
        }
        if (yearOfBirth != null) {
            text.append("; year of birth=").append(yearOfBirth);
        }
        if (sex != null) {
            text.append("; sex=").append(sex.code());
        }
        if (narrowing != null) {
            text.append(narrowing.describe());
        }
        return text.toString();
    }
}

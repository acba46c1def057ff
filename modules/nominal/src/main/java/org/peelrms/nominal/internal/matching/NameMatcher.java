package org.peelrms.nominal.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores how well a person on file matches what an officer was told, across every name the person
 * is known by, and says why. The score is the name's agreement (surname 55%, forenames 45%, or the
 * surname alone when no forename was given) times the date of birth's; see ADR 0011 for the
 * weights and the cut-off.
 */
public final class NameMatcher {
    static final double SURNAME_WEIGHT = 0.55;
    static final double FORENAME_WEIGHT = 0.45;
    /**
     * The names the other way round score as the names as given, but for this hair's breadth, so
     * that of two people who fit equally, the one whose names were given the right way round comes first.
     */
    static final double SWAPPED = 0.99;
    static final double OTHER_NAME = 0.99;

    private final PartMatcher parts;
    private final DateOfBirthMatcher dates = new DateOfBirthMatcher();

    public NameMatcher(NameVariants variants) {
        this.parts = new PartMatcher(variants);
    }

    /** The best match under any of the readings of what was typed (NameReadings), the first counting first. */
    public NameMatch match(List<NameQuery> readings, List<RecordedName> names) {
        NameMatch best = null;
        for (NameQuery reading : readings) {
            NameMatch candidate = match(reading, names);
            if (best == null || candidate.score() > best.score()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The best match among the person's names; the first name is their current one. */
    public NameMatch match(NameQuery query, List<RecordedName> names) {
        NameMatch best = null;
        for (int i = 0; i < names.size(); i++) {
            NameMatch candidate = match(query, names.get(i), i == 0 ? 1.0 : OTHER_NAME);
            if (best == null || candidate.score() > best.score()) {
                best = candidate;
            }
        }
        return best;
    }

    private NameMatch match(NameQuery query, RecordedName name, double weight) {
        List<String> reasons = new ArrayList<>();
        double nameScore = nameScore(query, name, reasons);
        if (query.hasForenames()) {
            List<String> swappedReasons = new ArrayList<>();
            double swapped = nameScore(query.swapped(), name, swappedReasons) * SWAPPED;
            if (swapped > nameScore) {
                nameScore = swapped;
                reasons = swappedReasons;
                reasons.add(0, "matched with forename and surname swapped");
            }
        }
        Agreement dob = query.dateOfBirth() == null && query.yearOfBirth() != null
                ? dates.compareYear(query.yearOfBirth(), name.dateOfBirth())
                : dates.compare(query.dateOfBirth(), name.dateOfBirth());
        if (dob.reason() != null) {
            reasons.add(dob.reason());
        }
        return new NameMatch(nameScore * dob.score() * weight, name, List.copyOf(reasons));
    }

    private double nameScore(NameQuery query, RecordedName name, List<String> reasons) {
        Agreement surname = parts.surname(query.surname(), name.surname());
        if (!query.hasForenames()) {
            addReason(reasons, surname);
            return surname.score();
        }
        Agreement forenames = parts.forenames(query.forenames(), name.forenames(), query.dated());
        addReason(reasons, forenames);
        addReason(reasons, surname);
        return SURNAME_WEIGHT * surname.score() + FORENAME_WEIGHT * forenames.score();
    }

    private static void addReason(List<String> reasons, Agreement agreement) {
        if (agreement.reason() != null) {
            reasons.add(agreement.reason());
        }
    }
}

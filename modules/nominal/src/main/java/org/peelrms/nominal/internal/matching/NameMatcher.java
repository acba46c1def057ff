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
    static final double SWAPPED = 0.95;
    static final double OTHER_NAME = 0.99;

    private final PartMatcher parts;
    private final DateOfBirthMatcher dates = new DateOfBirthMatcher();

    public NameMatcher(NameVariants variants) {
        this.parts = new PartMatcher(variants);
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
                reasons.add(0, "surname and forenames given the other way round");
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
        Agreement forenames = parts.forenames(query.forenames(), name.forenames());
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

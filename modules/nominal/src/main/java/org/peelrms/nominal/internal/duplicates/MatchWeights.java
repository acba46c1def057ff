package org.peelrms.nominal.internal.duplicates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The Fellegi–Sunter model: for each comparison level its m probability (how often two records of one
 * person agree at that level) and u probability (how often two records of different people do), the
 * level's match weight log2(m/u), and the prior odds that two records picked at random are one person.
 * A pair's evidence is the sum of its fields' weights, less what looking through several names costs
 * ({@link Comparison#cost}); with the prior's weight ({@link MatchPrior}) added, its probability is
 * 1 / (1 + 2^-weight) (ADR 0043).
 *
 * <p>m comes from labelled pairs (the shipped file, {@link #SHIPPED_M}); u from random pairs of the
 * population being searched ({@link RandomPairs}); an exact surname or forename uses its own frequency
 * in place of u ({@link TermFrequencies}).
 */
public final class MatchWeights {
    static final String SHIPPED_M = "/org/peelrms/nominal/duplicate-m-probabilities.properties";
    /** No level is taken as impossible either way: a probability is never below this. */
    static final double FLOOR = 1e-6;

    private final Map<FieldLevel, Double> m;
    private final Map<FieldLevel, Double> u;
    private final TermFrequencies frequencies;

    MatchWeights(Map<FieldLevel, Double> m, Map<FieldLevel, Double> u, TermFrequencies frequencies) {
        this.m = new EnumMap<>(m);
        this.u = new EnumMap<>(u);
        this.frequencies = frequencies;
    }

    /** The m probabilities shipped with Peel, estimated from labelled pairs (see ADR 0043). */
    public static Map<FieldLevel, Double> shippedM() {
        Properties file = new Properties();
        try (InputStream in = MatchWeights.class.getResourceAsStream(SHIPPED_M)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_M + " is missing from the build");
            }
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<FieldLevel, Double> m = new EnumMap<>(FieldLevel.class);
        for (FieldLevel level : FieldLevel.values()) {
            m.put(level, Double.parseDouble(file.getProperty(level.name(), "0.5")));
        }
        return m;
    }

    /**
     * The weight of one field's level; an exact name by that name's own frequency. When the names were compared
     * the other way round, the name stood as a surname on one side and a forename on the other (or, through a
     * swapped alias, as a surname on both): the commoner of the two frequencies is taken.
     */
    double weight(FieldLevel level, String exactValue, boolean swapped) {
        if (level.missing()) {
            return 0;
        }
        double uOf = u.getOrDefault(level, FLOOR);
        if (level == FieldLevel.SURNAME_EXACT && exactValue != null) {
            uOf = swapped ? either(exactValue) : frequencies.surname(exactValue);
        } else if (level == FieldLevel.FORENAME_EXACT && exactValue != null) {
            uOf = swapped ? either(exactValue) : frequencies.forename(exactValue);
        }
        return log2(Math.max(FLOOR, m.getOrDefault(level, FLOOR)) / Math.max(FLOOR, uOf));
    }

    private double either(String name) {
        return Math.max(frequencies.surname(name), frequencies.forename(name));
    }

    /** The evidence of a comparison, in bits: its fields' weights less its cost; the prior not included. */
    double weight(Comparison comparison) {
        double total = -comparison.cost();
        for (FieldLevel level : comparison.levels()) {
            total += weight(level, level == FieldLevel.SURNAME_EXACT ? comparison.surnameValue()
                    : level == FieldLevel.FORENAME_EXACT ? comparison.forenameValue() : null, comparison.swapped());
        }
        return total;
    }

    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    Map<FieldLevel, Double> m() {
        return Map.copyOf(m);
    }

    Map<FieldLevel, Double> u() {
        return Map.copyOf(u);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every reasonable reading of the one line typed into the search box ("Norman Dean 14/09/1992",
 * "NORMAN, Dean, 14.9.92", "dean norman 1992"): the date of birth in any common format
 * ({@link DateReadings}), and the names split into surname and forenames at every place they can
 * be split: the surname first as the box asks, the surname before a comma, the words in capitals as
 * the surname. Each reading is also tried with the names the other way round (the search's swapped
 * route), so a forename typed first is found too. The search ranks the union of what all readings
 * find; no reading is dropped because the capitals or the punctuation suggested another.
 */
public final class NameReadings {
    /**
     * A line of more name words than this is split after its first word or two only (a surname
     * rarely has more than two words; forenames may), which keeps the search's query small.
     */
    static final int MOST_WORDS = 4;

    /**
     * The readings of a line, the one its punctuation or capitals point to first.
     *
     * @param queries   what the line may mean; empty when it holds no name
     * @param notADate  what was typed as a date but is none (31/02/1990), else null
     */
    public record Read(List<NameQuery> queries, String notADate) {
    }

    private NameReadings() {
    }

    public static Read of(String line, LocalDate today) {
        DateReadings.Found date = DateReadings.in(line == null ? "" : line, today);
        Set<List<String>> splits = new LinkedHashSet<>();
        String text = date.rest();
        int comma = text.indexOf(',');
        if (comma >= 0) {
            splits.add(List.of(text.substring(0, comma).strip(), String.join(" ", words(text.substring(comma + 1).replace(',', ' ')))));
            text = text.replace(',', ' ');
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new Read(List.of(), date.notADate());
        }
        List<String> capitals = words.stream().filter(NameReadings::inCapitals).toList();
        if (!capitals.isEmpty() && capitals.size() < words.size()) {
            List<String> others = new ArrayList<>(words);
            others.removeAll(capitals);
            splits.add(List.of(String.join(" ", capitals), String.join(" ", others)));
        }
        if (words.size() == 1) {
            splits.add(List.of(words.get(0), ""));
        } else {
            int last = words.size() <= MOST_WORDS ? words.size() - 1 : 2;
            for (int at = 1; at <= last; at++) {
                splits.add(List.of(String.join(" ", words.subList(0, at)), String.join(" ", words.subList(at, words.size()))));
            }
        }
        List<LocalDate> dates = date.dates().isEmpty() ? Collections.singletonList(null) : date.dates();
        Set<NameQuery> queries = new LinkedHashSet<>();
        for (List<String> split : splits) {
            String surname = split.get(0).strip();
            String forenames = split.get(1).strip();
            if (Names.joined(surname).isEmpty()) {
                continue;
            }
            for (LocalDate born : dates) {
                NameQuery query = new NameQuery(surname, forenames, born, date.year());
                if (!queries.contains(query.swapped())) {
                    queries.add(query);
                }
            }
        }
        return new Read(List.copyOf(queries), date.notADate());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean inCapitals(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase());
    }
}

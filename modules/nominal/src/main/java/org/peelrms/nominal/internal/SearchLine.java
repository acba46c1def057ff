package org.peelrms.nominal.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.NameSearch;

/**
 * Reads the one line an officer types into the search box the way they mean it:
 * "SMYTH John 12/03/1985" (the word in capitals is the surname), "Smyth, J" (before the comma),
 * "john smyth 1985" (otherwise the last word; a lone year is a year of birth). The search also tries
 * the names the other way round, so a wrong guess here still finds the person.
 */
final class SearchLine {
    private static final Pattern UK_DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private SearchLine() {
    }

    static NameSearch parse(String line, int limit) {
        String text = line == null ? "" : line.strip();
        LocalDate born = null;
        Integer year = null;
        Matcher iso = ISO_DATE.matcher(text);
        Matcher uk = UK_DATE.matcher(text);
        if (iso.find()) {
            born = date(iso.group(1), iso.group(2), iso.group(3), iso.group());
            text = iso.replaceFirst(" ");
        } else if (uk.find()) {
            born = date(uk.group(3), uk.group(2), uk.group(1), uk.group());
            text = uk.replaceFirst(" ");
        } else {
            Matcher lone = YEAR.matcher(text);
            if (lone.find()) {
                year = Integer.valueOf(lone.group());
                text = lone.replaceFirst(" ");
            }
        }
        String surname;
        String forenames;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            surname = text.substring(0, comma).strip();
            forenames = text.substring(comma + 1).strip();
        } else {
            List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
            words.removeIf(String::isBlank);
            if (words.isEmpty()) {
                throw new InvalidInput("Type a name to look for, e.g. \"SMYTH John 12/03/1985\".");
            }
            int capitals = indexOfCapitals(words);
            int at = capitals >= 0 ? capitals : words.size() - 1;
            surname = words.remove(at);
            forenames = String.join(" ", words);
        }
        return new NameSearch(surname, forenames, born, year, null, limit);
    }

    private static int indexOfCapitals(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 1 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase())) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate date(String year, String month, String day, String typed) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidInput("\"" + typed + "\" is not a date; write dates of birth as 12/03/1985.");
        }
    }
}

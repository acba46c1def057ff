package org.peelrms.nominal.internal.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.Sex;

/**
 * Reads the import format, one line at a time: {@code ref,surname,forenames,dob,sex,aliases}, UTF-8,
 * fields optionally in double quotes, dob yyyy-mm-dd, sex M/F/U (or empty), aliases "Forenames Surname"
 * separated by | with the surname the last word. A bad line gets a reason a person can act on.
 */
public final class PeopleCsv {
    public static final String HEADER = "ref,surname,forenames,dob,sex,aliases";

    /** A line that could not be imported, and why. */
    public static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(int line, String reason) {
            super("line " + line + ": " + reason);
        }
    }

    private PeopleCsv() {
    }

    public static boolean isHeader(String line) {
        return line != null && line.replace("\uFEFF", "").strip().equalsIgnoreCase(HEADER);
    }

    public static ImportRow parse(int line, String text) throws BadRow {
        if (text.indexOf('\0') >= 0) {
            throw new BadRow(line, "it holds a NUL character, which no name may contain");
        }
        List<String> fields = fields(line, text);
        if (fields.size() < 5 || fields.size() > 6) {
            throw new BadRow(line, "expected 6 fields (" + HEADER + "), found " + fields.size());
        }
        String reference = fields.get(0).strip();
        if (reference.isEmpty()) {
            throw new BadRow(line, "ref is empty");
        }
        if (reference.length() > 64) {
            throw new BadRow(line, "ref is longer than 64 characters");
        }
        String surname = fields.get(1).strip();
        if (surname.isEmpty()) {
            throw new BadRow(line, "surname is empty");
        }
        if (surname.length() > 100 || fields.get(2).strip().length() > 200) {
            throw new BadRow(line, "a name is too long (surname 100, forenames 200 characters at most)");
        }
        LocalDate born = null;
        if (!fields.get(3).isBlank()) {
            try {
                born = LocalDate.parse(fields.get(3).strip());
            } catch (DateTimeParseException e) {
                throw new BadRow(line, "dob '" + fields.get(3).strip() + "' is not a date written yyyy-mm-dd");
            }
        }
        String sexCode = fields.get(4).strip();
        if (!sexCode.isEmpty() && !sexCode.matches("[MFUmfu]")) {
            throw new BadRow(line, "sex '" + sexCode + "' is not M, F or U");
        }
        List<OtherName> aliases = new ArrayList<>();
        if (fields.size() == 6 && !fields.get(5).isBlank()) {
            for (String alias : fields.get(5).split("\\|")) {
                String name = alias.strip();
                if (name.isEmpty()) {
                    continue;
                }
                int space = name.lastIndexOf(' ');
                aliases.add(new OtherName(NameType.ALIAS, space < 0 ? "" : name.substring(0, space).strip(),
                        name.substring(space + 1), null));
            }
        }
        return new ImportRow(line, reference, surname, fields.get(2).strip(), born, Sex.fromCode(sexCode), aliases);
    }

    private static List<String> fields(int line, String text) throws BadRow {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadRow(line, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}

package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;

/** A recorded name as one stored index value and back: fields separated by the unit separator. */
public final class StoredNames {
    private static final String SEPARATOR = "\u001f";

    private StoredNames() {
    }

    public static String encode(RecordedName name) {
        return String.join(SEPARATOR, name.label(), nullToEmpty(name.forenames()), nullToEmpty(name.surname()),
                name.dateOfBirth() == null ? "" : name.dateOfBirth().toString());
    }

    public static RecordedName decode(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return new RecordedName(parts[0], parts[1], parts[2], parts[3].isEmpty() ? null : LocalDate.parse(parts[3]));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

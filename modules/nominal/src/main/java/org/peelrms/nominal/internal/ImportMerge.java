package org.peelrms.nominal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peelrms.audit.api.FieldChange;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonNames;
import org.peelrms.nominal.internal.importing.ImportRow;

/**
 * How a row of an import file updates a person already on file (ADR 0024), so that nothing an officer
 * entered is lost:
 * <ul>
 * <li>the file changes only its own columns (surname, forenames, date of birth, sex); height, PNC ID,
 * marks, markers and every name an officer added are never touched;</li>
 * <li>of those columns, only what the source itself changed since its last import is applied: a value the
 * file still gives as it gave it last time leaves the person's current value (an officer's correction) as it is;</li>
 * <li>an alias in the file that the person is not yet known by (in use or ended) is added, marked as
 * imported; an imported alias the file no longer lists is ended, never deleted.</li>
 * </ul>
 */
final class ImportMerge {

    /** What the row changed: a line for the audit log and each field's old and new value; none if nothing. */
    record Outcome(String summary, List<FieldChange> changes) {
        boolean changed() {
            return !changes.isEmpty();
        }
    }

    private ImportMerge() {
    }

    /** The person's own details as the row gives them. */
    static PersonDetails source(ImportRow row) {
        return new PersonDetails(row.surname(), blankIsNull(row.forenames()), row.dateOfBirth(), row.sex(), null, null);
    }

    static Outcome apply(Person person, ImportRow row, Stamp stamp) {
        PersonDetails source = source(row);
        PersonDetails before = person.details();
        PersonDetails after = person.lastImported()
                .map(last -> new PersonDetails(
                        changedAtSource(last.surname(), source.surname(), before.surname()),
                        changedAtSource(last.forenames(), source.forenames(), before.forenames()),
                        changedAtSource(last.dateOfBirth(), source.dateOfBirth(), before.dateOfBirth()),
                        changedAtSource(last.sex(), source.sex(), before.sex()),
                        before.heightCm(), before.pncId()))
                .orElse(new PersonDetails(source.surname(), source.forenames(), source.dateOfBirth(), source.sex(),
                        before.heightCm(), before.pncId()));
        person.importedAs(source);

        List<String> summary = new ArrayList<>();
        List<FieldChange> changes = new ArrayList<>(Changes.fields(before, after));
        if (!changes.isEmpty()) {
            summary.add(person.correct(after, stamp));
        }
        aliases(person, row.aliases(), stamp, summary, changes);
        return new Outcome(String.join("; ", summary), changes);
    }

    private static void aliases(Person person, List<OtherName> listed, Stamp stamp, List<String> summary,
            List<FieldChange> changes) {
        Set<String> inFile = listed.stream().map(alias -> spelling(alias.forenames(), alias.surname()))
                .collect(Collectors.toSet());
        for (PersonName name : person.otherNames()) {
            if (name.imported() && name.active() && !inFile.contains(name.spelling())) {
                name.end(stamp);
                summary.add("ended the alias '" + name.display() + "' (no longer in the import file)");
                changes.add(FieldChange.of("other name", "alias '" + name.display() + "'", null));
            }
        }
        Set<String> onFile = person.otherNames().stream().map(PersonName::spelling).collect(Collectors.toSet());
        for (OtherName alias : listed) {
            if (onFile.add(spelling(alias.forenames(), alias.surname()))) {
                PersonName added = person.addImportedAlias(blankIsNull(alias.forenames()), alias.surname(), stamp);
                summary.add("added the alias '" + added.display() + "'");
                changes.add(FieldChange.of("other name", null, "alias '" + added.display() + "'"));
            }
        }
    }

    /** The file's value if the source changed it since its last import, else the value on file now. */
    private static <T> T changedAtSource(T lastImported, T inFile, T onFile) {
        return Objects.equals(blankIsNull(lastImported), blankIsNull(inFile)) ? onFile : inFile;
    }

    private static String spelling(String forenames, String surname) {
        return PersonNames.display(blankIsNull(forenames), surname).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    private static <T> T blankIsNull(T value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}

package org.peelrms.nominal.internal.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * Every person on file (merged-away people left out, ADR 0045) as the duplicate finder needs them: names (current
 * first, then the other names), date of birth, sex. The rows are read a fetch at a time (not a million at once),
 * and each surname, forenames and date is kept once however many people share it, so that a million people fit
 * the server's heap beside everything else (docs/benchmarks/duplicates.md, memory).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleForMatching {
    private static final String FETCH_SIZE = "org.hibernate.fetchSize";
    private static final int FETCH = 10_000;

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    public List<PersonOnFile> all() {
        Map<Object, Object> shared = new HashMap<>();
        Map<Long, List<RecordedName>> otherNames = new HashMap<>();
        try (Stream<Object[]> rows = entityManager.createQuery("select n.person.id, n.type, n.surname, n.forenames, n.dateOfBirth"
                + " from PersonName n where n.person.mergedInto is null", Object[].class).setHint(FETCH_SIZE, FETCH).getResultStream()) {
            rows.forEach(row -> {
                String forenames = row[3] == null ? "" : (String) row[3];
                otherNames.computeIfAbsent((Long) row[0], id -> new ArrayList<>(1)).add(new RecordedName(
                        ((NameType) row[1]).name().toLowerCase(Locale.ROOT) + " '" + (forenames + " " + row[2]).strip() + "'",
                        once(shared, forenames), once(shared, (String) row[2]), once(shared, (LocalDate) row[4])));
            });
        }
        List<PersonOnFile> people = new ArrayList<>();
        try (Stream<Object[]> rows = entityManager.createQuery("select p.id, p.reference, p.surname, p.forenames, p.dateOfBirth, p.sex"
                + " from Person p where p.mergedInto is null order by p.id", Object[].class).setHint(FETCH_SIZE, FETCH).getResultStream()) {
            rows.forEach(row -> {
                long id = (Long) row[0];
                LocalDate born = once(shared, (LocalDate) row[4]);
                List<RecordedName> others = otherNames.remove(id);
                List<RecordedName> names = new ArrayList<>(others == null ? 1 : 1 + others.size());
                names.add(new RecordedName("current name", row[3] == null ? "" : once(shared, (String) row[3]),
                        once(shared, (String) row[2]), born));
                if (others != null) {
                    names.addAll(others);
                }
                Sex sex = (Sex) row[5];
                people.add(new PersonOnFile(id, row[1] == null ? "person " + id : (String) row[1], List.copyOf(names), born,
                        sex == null || sex == Sex.UNKNOWN ? null : sex == Sex.MALE ? "M" : "F"));
            });
        }
        return people;
    }

    /** The one copy of this value kept for everyone who has it. */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}

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
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.matching.RecordedName;

/** Every person on file (merged-away people left out, ADR 0045) as the duplicate finder needs them: names (current first, then the other names), date of birth, sex. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleForMatching {
    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    public List<PersonOnFile> all() {
        Map<Long, List<RecordedName>> otherNames = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select n.person.id, n.type, n.surname, n.forenames, n.dateOfBirth"
                + " from PersonName n where n.person.mergedInto is null", Object[].class).getResultList()) {
            String forenames = row[3] == null ? "" : (String) row[3];
            otherNames.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new RecordedName(
                    ((NameType) row[1]).name().toLowerCase(Locale.ROOT) + " '" + (forenames + " " + row[2]).strip() + "'",
                    forenames, (String) row[2], (LocalDate) row[4]));
        }
        List<PersonOnFile> people = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("select p.id, p.reference, p.surname, p.forenames, p.dateOfBirth, p.sex"
                + " from Person p where p.mergedInto is null order by p.id", Object[].class).getResultList()) {
            long id = (Long) row[0];
            LocalDate born = (LocalDate) row[4];
            List<RecordedName> names = new ArrayList<>();
            names.add(new RecordedName("current name", row[3] == null ? "" : (String) row[3], (String) row[2], born));
            names.addAll(otherNames.getOrDefault(id, List.of()));
            Sex sex = (Sex) row[5];
            people.add(new PersonOnFile(id, row[1] == null ? "person " + id : (String) row[1], List.copyOf(names), born,
                    sex == null || sex == Sex.UNKNOWN ? null : sex == Sex.MALE ? "M" : "F"));
        }
        return people;
    }
}

package org.peelrms.casefile.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonHit;

/**
 * The demo people and crimes that demo files are about, found through the other modules' APIs as an
 * officer would (start-up runs as ADMIN, which may not search, so this bean acts as a SUPERVISOR).
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class DemoSources {
    private static final List<String> SURNAMES = List.of("Wilson", "Evans", "Thomas", "Roberts", "Patel", "Ahmed",
            "Wright", "Green");

    @EJB
    private PeopleIndex people;

    @EJB
    private CrimeLists crimes;

    public List<DemoPerson> people() {
        Map<Long, DemoPerson> found = new LinkedHashMap<>();
        if (people.count() == 0) {
            return List.of();
        }
        for (String surname : SURNAMES) {
            for (PersonHit hit : people.find(surname, 10)) {
                found.putIfAbsent(hit.id(), new DemoPerson(hit.id(), hit.name()));
            }
        }
        return List.copyOf(found.values());
    }

    public List<CrimeSummary> crimes() {
        return crimes.recentCrimes(200);
    }
}

package org.peelrms.missingpersons.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonHit;

/**
 * The demo people that demo cases are about, found through the people search as an officer would
 * (start-up runs as ADMIN, which may not search people, so this bean searches as a SUPERVISOR).
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class DemoPeoplePool {
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Khan", "Murphy",
            "Walsh", "Kelly", "Hughes", "Nowak");

    @EJB
    private PeopleIndex people;

    /** Up to a hundred or so people, the same ones for the same demo population. */
    public List<DemoPerson> pool() {
        Map<Long, DemoPerson> found = new LinkedHashMap<>();
        if (people.count() == 0) {
            return List.of();
        }
        for (String surname : SURNAMES) {
            for (PersonHit hit : people.find(surname, 10)) {
                found.putIfAbsent(hit.id(), new DemoPerson(hit.id(), hit.name(), hit.dateOfBirth()));
            }
        }
        return List.copyOf(found.values());
    }
}

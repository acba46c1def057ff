package org.peelrms.custody.internal;

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
 * The demo people that demo custody records are for, found through the people search like any officer would
 * (start-up runs as ADMIN, which may not search people, so this bean searches as a SUPERVISOR).
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class DemoDetainees {
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Khan", "Ahmed", "Patel", "Hussain", "Kowalski", "Nowak", "Murphy", "Walsh", "Ali", "Mohamed", "Okafor",
            "Chen", "Nguyen", "Holt", "Shaw", "Clarke", "Kelly", "Hughes");

    @EJB
    private PeopleIndex people;

    /** Up to a few hundred people, the same ones for the same demo population. */
    public List<DemoPerson> pool() {
        Map<Long, DemoPerson> found = new LinkedHashMap<>();
        if (people.count() == 0) {
            return List.of();
        }
        for (String surname : SURNAMES) {
            for (PersonHit hit : people.find(surname, 40)) {
                found.putIfAbsent(hit.id(), new DemoPerson(hit.id(), hit.name(), String.join("; ", hit.markers())));
            }
        }
        return List.copyOf(found.values());
    }
}

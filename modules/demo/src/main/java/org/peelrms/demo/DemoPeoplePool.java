package org.peelrms.demo;

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
 * The demo people that demo records are about, found through the people search like any officer would
 * (start-up runs as ADMIN, which may not search people, so this bean searches as a SUPERVISOR): the same
 * ones for the same demo population.
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class DemoPeoplePool {
    /** The surnames crimes and custody records are about: common ones, from every community in the population. */
    public static final List<String> COMMON_SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams",
            "Wilson", "Khan", "Ahmed", "Patel", "Hussain", "Kowalski", "Nowak", "Murphy", "Walsh", "Ali", "Mohamed",
            "Okafor", "Chen", "Nguyen", "Holt", "Shaw", "Clarke", "Kelly", "Hughes");

    @EJB
    private PeopleIndex people;

    /** Up to {@code each} people for every surname, in order, each once; empty when nobody is on file. */
    public List<DemoPerson> pool(List<String> surnames, int each) {
        Map<Long, DemoPerson> found = new LinkedHashMap<>();
        if (people.count() == 0) {
            return List.of();
        }
        for (String surname : surnames) {
            for (PersonHit hit : people.find(surname, each)) {
                found.putIfAbsent(hit.id(), new DemoPerson(hit.id(), hit.name(), hit.dateOfBirth(),
                        String.join("; ", hit.markers())));
            }
        }
        return List.copyOf(found.values());
    }
}

package org.peelrms.demo.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.kernel.Roles;

/**
 * The demo crimes that demo case files are about: the most recently recorded ones, found through the crime lists
 * (start-up runs as ADMIN, which may not see crimes, so this bean looks as a SUPERVISOR, like {@code DemoPeoplePool}).
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class DemoCrimes {

    @EJB
    private CrimeLists crimes;

    public List<CrimeSummary> recent(int limit) {
        return crimes.recentCrimes(limit);
    }
}

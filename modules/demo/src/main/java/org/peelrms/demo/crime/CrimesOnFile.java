package org.peelrms.demo.crime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.kernel.Roles;

/**
 * Whether any crime is on file, asked through the list of recent crimes as a supervisor would (start-up runs
 * as ADMIN, which may not read crimes): the search is audited under the start-up's name, peel-system.
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class CrimesOnFile {

    @EJB
    private CrimeLists lists;

    public boolean any() {
        return !lists.recentCrimes(1).isEmpty();
    }
}

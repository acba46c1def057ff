package org.peelrms.demo.missingpersons;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.MissingPersons;

/**
 * Whether any missing person case is open, asked through the dashboard's list as a supervisor would (start-up
 * runs as ADMIN, which may not read cases): the list is audited under the start-up's name, peel-system. The
 * demo always leaves cases open, and nobody can delete a case, so an installation with none open has no demo
 * cases unless every one was closed since.
 */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RolesAllowed(Roles.ADMIN)
public class CasesOnFile {

    @EJB
    private MissingPersons cases;

    public boolean any() {
        return !cases.openCases().isEmpty();
    }
}

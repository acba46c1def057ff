package org.peelrms.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.peelrms.kernel.Roles;

/** The demo account "supervisor" (Insp Morgan Hughes, a supervisor (the custody inspector, the crime registrar's deputy)) at work. */
@Stateless
@RunAs(Roles.SUPERVISOR)
@RunAsPrincipal("supervisor")
public class Supervisor extends OnDuty {
}

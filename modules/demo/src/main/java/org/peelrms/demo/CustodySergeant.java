package org.peelrms.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.peelrms.kernel.Roles;

/** The demo account "custody" (PS Jordan Reid, the custody sergeant) at work. */
@Stateless
@RunAs(Roles.CUSTODY_OFFICER)
@RunAsPrincipal("custody")
public class CustodySergeant extends OnDuty {
}

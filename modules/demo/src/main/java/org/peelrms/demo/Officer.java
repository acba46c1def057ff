package org.peelrms.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.peelrms.kernel.Roles;

/** The demo account "officer" (PC Alex Carter, a response officer) at work. */
@Stateless
@RunAs(Roles.OFFICER)
@RunAsPrincipal("officer")
public class Officer extends OnDuty {
}

package org.peelrms.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.peelrms.kernel.Roles;

/** The demo account "investigator" (DC Sam Patel, an investigator) at work. */
@Stateless
@RunAs(Roles.INVESTIGATOR)
@RunAsPrincipal("investigator")
public class Investigator extends OnDuty {
}

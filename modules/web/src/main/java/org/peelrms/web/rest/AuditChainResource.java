package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peelrms.audit.api.AuditChain;
import org.peelrms.audit.api.ChainReport;
import org.peelrms.kernel.Roles;

/**
 * {@code GET /api/v1/audit/chain}: the audit trail verification report for auditors. Walks the whole
 * hash chain and answers whether it is intact, how many entries were checked, the newest position and
 * hash, and the first broken link. The verification is itself audited.
 */
@Path("v1/audit/chain")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
public class AuditChainResource {

    @EJB
    private AuditChain chain;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ChainReport verify() {
        return chain.verify();
    }
}

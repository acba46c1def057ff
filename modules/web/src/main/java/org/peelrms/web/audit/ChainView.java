package org.peelrms.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peelrms.audit.api.AuditChain;
import org.peelrms.audit.api.ChainReport;

/** The audit trail verification report: run the check, see whether the chain is intact or where it breaks. */
@Named
@ViewScoped
public class ChainView implements Serializable {

    @EJB
    private AuditChain chain;

    private ChainReport report;

    public void verify() {
        report = chain.verify();
    }

    public ChainReport getReport() {
        return report;
    }
}

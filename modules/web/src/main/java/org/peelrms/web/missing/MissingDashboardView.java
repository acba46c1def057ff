package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.OpenCase;
import org.peelrms.web.crime.UkTime;

/** The dashboard: open cases by risk level, with time missing and the next review; and the reviews due now. */
@Named
@ViewScoped
public class MissingDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private MissingPersons missing;

    private List<OpenCase> open;
    private List<OpenCase> due;

    public List<OpenCase> getOpen() {
        if (open == null) {
            open = missing.openCases();
        }
        return open;
    }

    public List<OpenCase> getDue() {
        if (due == null) {
            due = missing.reviewsDue();
        }
        return due;
    }

    public String show(OffsetDateTime at) {
        return at == null ? "grade now" : UkTime.show(at);
    }
}

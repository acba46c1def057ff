package org.peelrms.web.crime;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.peelrms.crime.api.NewReport;
import org.peelrms.crime.api.ReportMethod;
import org.peelrms.crime.api.Reports;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.shell.Messages;

/**
 * The new report page: a short form an officer fills from the keyboard while on the phone. The
 * reporter is found on the people index (or left anonymous); the time of report defaults to now, and
 * the 24-hour clock starts from it.
 */
@Named
@ViewScoped
public class NewReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Reports reports;

    @EJB
    private PeopleIndex people;

    private final PersonPicker reporter = new PersonPicker();
    private ReportMethod method = ReportMethod.NON_EMERGENCY_CALL;
    private LocalDateTime reportedAt = UkTime.now();
    private String whatHappened;
    private String location;
    private boolean looksLikeCrime = true;
    private boolean domesticAbuse;

    public void findReporter() {
        reporter.search(people);
    }

    public void chooseReporter(long id) {
        reporter.choose(id);
    }

    public void save() throws IOException {
        try {
            long id = reports.receive(new NewReport(reporter.getChosenId(), method, UkTime.of(reportedAt), whatHappened,
                    location, looksLikeCrime, domesticAbuse));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Report " + id + " taken down; the 24-hour recording clock is running.");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/crime/report.xhtml?id=" + id);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public ReportMethod[] getMethods() {
        return ReportMethod.values();
    }

    public PersonPicker getReporter() {
        return reporter;
    }

    public ReportMethod getMethod() {
        return method;
    }

    public void setMethod(ReportMethod method) {
        this.method = method;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isLooksLikeCrime() {
        return looksLikeCrime;
    }

    public void setLooksLikeCrime(boolean looksLikeCrime) {
        this.looksLikeCrime = looksLikeCrime;
    }

    public boolean isDomesticAbuse() {
        return domesticAbuse;
    }

    public void setDomesticAbuse(boolean domesticAbuse) {
        this.domesticAbuse = domesticAbuse;
    }
}

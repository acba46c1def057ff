package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.Episode;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.Vulnerability;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.crime.PersonPicker;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * The new missing person report: find the person on the people index first (search before create),
 * and Peel says at once if they have gone missing before; then one column of fields that reads on
 * a phone and is filled from the keyboard.
 */
@Named
@ViewScoped
public class NewMissingReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private MissingPersons missing;

    @EJB
    private PeopleIndex people;

    private final PersonPicker person = new PersonPicker();
    private List<Episode> previous = List.of();
    private String reporterName;
    private String reporterContact;
    private LocalDateTime reportedAt = UkTime.now();
    private LocalDateTime lastSeenAt;
    private String lastSeenPlace;
    private String circumstances;
    private String description;
    private Vulnerability[] vulnerabilities = new Vulnerability[0];
    private String vulnerabilityNote;
    private String mayGoTo;

    public void findPerson() {
        person.search(people);
    }

    public void choosePerson(long id) {
        person.choose(id);
        previous = person.getChosenId() == null ? List.of() : missing.episodes(person.getChosenId());
    }

    public void clearPerson() {
        person.clear();
        previous = List.of();
    }

    public void save() throws IOException {
        try {
            long id = missing.report(new NewMissingReport(person.getChosenId(), null, reporterName, reporterContact,
                    UkTime.of(reportedAt), UkTime.of(lastSeenAt), lastSeenPlace, circumstances, description,
                    vulnerabilities.length == 0 ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(List.of(vulnerabilities)),
                    vulnerabilityNote, mayGoTo));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Case " + id + " opened: grade the risk now.");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/missing/case.xhtml?id=" + id);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public Vulnerability[] getAllVulnerabilities() {
        return Vulnerability.values();
    }

    public String show(java.time.OffsetDateTime at) {
        return UkTime.show(at);
    }

    public PersonPicker getPerson() {
        return person;
    }

    public List<Episode> getPrevious() {
        return previous;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(String reporterContact) {
        this.reporterContact = reporterContact;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(LocalDateTime lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    public String getLastSeenPlace() {
        return lastSeenPlace;
    }

    public void setLastSeenPlace(String lastSeenPlace) {
        this.lastSeenPlace = lastSeenPlace;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Vulnerability[] getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(Vulnerability[] vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
    }

    public String getVulnerabilityNote() {
        return vulnerabilityNote;
    }

    public void setVulnerabilityNote(String vulnerabilityNote) {
        this.vulnerabilityNote = vulnerabilityNote;
    }

    public String getMayGoTo() {
        return mayGoTo;
    }

    public void setMayGoTo(String mayGoTo) {
        this.mayGoTo = mayGoTo;
    }
}

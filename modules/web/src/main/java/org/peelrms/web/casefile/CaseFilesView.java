package org.peelrms.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.NewCaseFile;
import org.peelrms.crime.api.CrimeView;
import org.peelrms.crime.api.Crimes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.crime.PersonPicker;
import org.peelrms.web.shell.Messages;

/** The case files page: my files, files awaiting a supervisor's check, and opening a new file. */
@Named
@ViewScoped
public class CaseFilesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseFiles files;

    @EJB
    private Crimes crimes;

    @EJB
    private PeopleIndex people;

    private final PersonPicker suspect = new PersonPicker();
    private FileType type;
    private String supervisor;
    private String crimeNumber;
    private List<CaseFileSummary> mine;
    private List<CaseFileSummary> awaiting;

    public void findSuspect() {
        suspect.search(people);
    }

    public void chooseSuspect(long id) {
        suspect.choose(id);
    }

    public void clearSuspect() {
        suspect.clear();
    }

    /** Opens the file and goes to its page. */
    public void open() {
        try {
            List<Long> crimeIds = new ArrayList<>();
            if (crimeNumber != null && !crimeNumber.isBlank()) {
                CrimeView crime = crimes.crime(crimeNumber.strip())
                        .orElseThrow(() -> new InvalidInput("There is no crime " + crimeNumber.strip() + "."));
                crimeIds.add(crime.id());
            }
            List<Long> suspects = suspect.getChosenId() == null ? List.of() : List.of(suspect.getChosenId());
            long id = files.open(new NewCaseFile(type, null, supervisor, crimeIds, suspects));
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("File opened.");
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/casefiles/file.xhtml?id=" + id);
        } catch (InvalidInput | NotPermitted e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Your role does not allow this.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<CaseFileSummary> getMine() {
        if (mine == null) {
            mine = files.mine();
        }
        return mine;
    }

    /** Files with a supervisor now; read for supervisors only. */
    public List<CaseFileSummary> getAwaiting() {
        if (awaiting == null) {
            awaiting = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPERVISOR") ? files.awaitingCheck() : List.of();
        }
        return awaiting;
    }

    public FileType[] getTypes() {
        return FileType.values();
    }

    public PersonPicker getSuspect() { return suspect; }
    public FileType getType() { return type; }
    public void setType(FileType type) { this.type = type; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getCrimeNumber() { return crimeNumber; }
    public void setCrimeNumber(String crimeNumber) { this.crimeNumber = crimeNumber; }
}

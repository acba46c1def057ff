package org.peelrms.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.FormText;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.crime.api.Crimes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.crime.PersonPicker;
import org.peelrms.web.crime.UkTime;

/** The contents side of a file's page: crimes and people linked, forms written and signed, exhibits and continuity. */
@Named
@ViewScoped
public class CaseFileContentsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Form[] WRITTEN = {Form.MG3, Form.MG5, Form.MG6C, Form.MG6D, Form.MG11, Form.MG15};

    @EJB
    private CaseFiles files;

    @EJB
    private Crimes crimes;

    @EJB
    private PeopleIndex people;

    @Inject
    private CaseFilePageView page;

    private final PersonPicker person = new PersonPicker();
    private PartyRole role = PartyRole.WITNESS;
    private String crimeNumber;
    private Form form;
    private Long formPersonId;
    private String text;
    private String exhibitReference;
    private String exhibitDescription;
    private String seizedBy;
    private LocalDateTime seizedAt;
    private String seizedFrom;
    private String storedAt;
    private Long movementExhibitId;
    private String heldBy;
    private LocalDateTime heldFrom;
    private LocalDateTime heldTo;
    private String movementStoredAt;
    private Long correctsId;
    private String reason;

    public void findPerson() {
        person.search(people);
    }

    public void choosePerson(long id) {
        person.choose(id);
    }

    public void linkPerson() {
        Long chosen = person.getChosenId();
        page.act(() -> files.linkPerson(page.getId(), chosen == null ? failNoPerson() : chosen, role),
                (role == null ? "Person" : role.label()) + " linked.");
        person.clear();
    }

    public void linkCrime() {
        page.act(() -> files.linkCrime(page.getId(), crimes.crime(crimeNumber == null ? "" : crimeNumber.strip())
                .orElseThrow(() -> new InvalidInput("There is no crime " + crimeNumber + ".")).id()), "Crime linked.");
        crimeNumber = null;
    }

    /** Opens a form in the editor with what is written on it now. */
    public void edit(long formId) {
        page.getView().forms().stream().filter(f -> f.id() == formId).findFirst().ifPresent(f -> {
            form = f.form();
            formPersonId = f.personId();
            text = f.text();
        });
    }

    public void writeForm() {
        if (page.act(() -> files.writeForm(page.getId(), new FormText(form, formPersonId, text)),
                (form == null ? "Form" : form.name()) + " saved.")) {
            text = null;
        }
    }

    public void sign(long formId) {
        page.act(() -> files.signForm(page.getId(), formId, LocalDate.now(UkTime.UK)), "Signed.");
    }

    public void addExhibit() {
        if (page.act(() -> files.addExhibit(page.getId(), new NewExhibit(exhibitReference, exhibitDescription, seizedBy,
                UkTime.of(seizedAt), seizedFrom, storedAt)), "Exhibit added.")) {
            exhibitReference = null;
            exhibitDescription = null;
        }
    }

    public void recordMovement() {
        page.act(() -> files.recordMovement(page.getId(), movementExhibitId == null ? failNoExhibit() : movementExhibitId,
                new Movement(heldBy, UkTime.of(heldFrom), UkTime.of(heldTo), movementStoredAt, correctsId, reason)),
                "Continuity entry added.");
    }

    private static long failNoPerson() {
        throw new InvalidInput("Find the person on the people index and choose them first.");
    }

    private static long failNoExhibit() {
        throw new InvalidInput("Choose the exhibit.");
    }

    public Form[] getWrittenForms() { return WRITTEN; }
    public PartyRole[] getRoles() { return PartyRole.values(); }
    public Form[] getPdfForms() { return Form.values(); }

    /** Every continuity entry of every exhibit, to choose the one a correction corrects. */
    public List<CaseFileView.Continuity> getEntries() {
        return page.getView() == null ? List.of() : page.getView().exhibits().stream().flatMap(e -> e.continuity().stream()).toList();
    }

    public PersonPicker getPerson() { return person; }
    public PartyRole getRole() { return role; }
    public void setRole(PartyRole role) { this.role = role; }
    public String getCrimeNumber() { return crimeNumber; }
    public void setCrimeNumber(String crimeNumber) { this.crimeNumber = crimeNumber; }
    public Form getForm() { return form; }
    public void setForm(Form form) { this.form = form; }
    public Long getFormPersonId() { return formPersonId; }
    public void setFormPersonId(Long formPersonId) { this.formPersonId = formPersonId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getExhibitReference() { return exhibitReference; }
    public void setExhibitReference(String v) { this.exhibitReference = v; }
    public String getExhibitDescription() { return exhibitDescription; }
    public void setExhibitDescription(String v) { this.exhibitDescription = v; }
    public String getSeizedBy() { return seizedBy; }
    public void setSeizedBy(String v) { this.seizedBy = v; }
    public LocalDateTime getSeizedAt() { return seizedAt; }
    public void setSeizedAt(LocalDateTime v) { this.seizedAt = v; }
    public String getSeizedFrom() { return seizedFrom; }
    public void setSeizedFrom(String v) { this.seizedFrom = v; }
    public String getStoredAt() { return storedAt; }
    public void setStoredAt(String v) { this.storedAt = v; }
    public Long getMovementExhibitId() { return movementExhibitId; }
    public void setMovementExhibitId(Long v) { this.movementExhibitId = v; }
    public String getHeldBy() { return heldBy; }
    public void setHeldBy(String v) { this.heldBy = v; }
    public LocalDateTime getHeldFrom() { return heldFrom; }
    public void setHeldFrom(LocalDateTime v) { this.heldFrom = v; }
    public LocalDateTime getHeldTo() { return heldTo; }
    public void setHeldTo(LocalDateTime v) { this.heldTo = v; }
    public String getMovementStoredAt() { return movementStoredAt; }
    public void setMovementStoredAt(String v) { this.movementStoredAt = v; }
    public Long getCorrectsId() { return correctsId; }
    public void setCorrectsId(Long v) { this.correctsId = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}

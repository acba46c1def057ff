package org.peelrms.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonDetails;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.nominal.api.Sex;
import org.peelrms.web.shell.Messages;

/**
 * The form to put a new person on file or correct one. A new person is saved only after the
 * officer has seen who is already on file under that name ("search before create") and, if anyone
 * is, has said that none of them is this person.
 */
@Named
@ViewScoped
public class PersonFormView implements Serializable {

    @EJB
    private People people;

    private Long id;
    private int version;
    private String surname;
    private String forenames;
    private LocalDate dateOfBirth;
    private Sex sex;
    private Integer heightCm;
    private String pncId;
    private List<PersonHit> possibleDuplicates;
    private boolean noneOfThese;
    private boolean restrictedMayMatch;

    /** Editing: fills the form from the person on file, once. */
    public void onLoad() {
        if (id != null && surname == null) {
            PersonRecord person = people.record(id).orElse(null);
            if (person == null) {
                Messages.error("There is no person " + id + " on file.");
                return;
            }
            version = person.version();
            surname = person.surname();
            forenames = person.forenames();
            dateOfBirth = person.dateOfBirth();
            sex = person.sex();
            heightCm = person.heightCm();
            pncId = person.pncId();
        }
    }

    public void check() {
        try {
            possibleDuplicates = people.possibleDuplicates(details());
            restrictedMayMatch = people.restrictedRecordMayMatch(details());
            noneOfThese = false;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void save() throws IOException {
        try {
            long saved;
            if (id == null) {
                if (possibleDuplicates == null) {
                    Messages.error("Check who is already on file before saving a new person.");
                    return;
                }
                if (!possibleDuplicates.isEmpty() && !noneOfThese) {
                    Messages.error("Open the person if they are already on file, or tick \"None of these is the person\".");
                    return;
                }
                saved = people.create(details());
            } else {
                people.change(id, version, details());
                saved = id;
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(id == null ? "Person put on file." : "Changes saved.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/people/person.xhtml?id=" + saved);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    /** Any change to the name or date of birth means checking again. */
    public void detailsChanged() {
        possibleDuplicates = null;
    }

    private PersonDetails details() {
        return new PersonDetails(surname, forenames, dateOfBirth, sex, heightCm,
                pncId == null || pncId.isBlank() ? null : pncId.strip().toUpperCase());
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getForenames() {
        return forenames;
    }

    public void setForenames(String forenames) {
        this.forenames = forenames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getHeightCm() {
        return heightCm;
    }

    public void setHeightCm(Integer heightCm) {
        this.heightCm = heightCm;
    }

    public String getPncId() {
        return pncId;
    }

    public void setPncId(String pncId) {
        this.pncId = pncId;
    }

    public List<PersonHit> getPossibleDuplicates() {
        return possibleDuplicates;
    }

    /** A restricted person the officer may not see matches the details too (who, is not said). */
    public boolean isRestrictedMayMatch() {
        return restrictedMayMatch;
    }

    public boolean isNoneOfThese() {
        return noneOfThese;
    }

    public void setNoneOfThese(boolean noneOfThese) {
        this.noneOfThese = noneOfThese;
    }
}

package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CaseLinks;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.crime.PersonPicker;
import org.peelrms.web.shell.Messages;

/**
 * Linking people (found on the people index first) and places to a missing person case, on its page.
 */
@Named
@ViewScoped
public class CaseLinksView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseLinks links;

    @EJB
    private PeopleIndex people;

    @Inject
    private MissingCaseView caseView;

    private final PersonPicker person = new PersonPicker();
    private String personRelationship;
    private String place;
    private String placeRelationship;

    public void findPerson() {
        person.search(people);
    }

    public void choosePerson(long id) {
        person.choose(id);
    }

    public void clearPerson() {
        person.clear();
    }

    public void linkPerson() {
        if (person.getChosenId() == null) {
            Messages.error("Find the person on the people index and choose them first.");
            return;
        }
        if (act(() -> links.linkPerson(caseView.getId(), person.getChosenId(), personRelationship), "Person linked.")) {
            person.clear();
            personRelationship = null;
        }
    }

    public void linkPlace() {
        if (act(() -> links.linkPlace(caseView.getId(), place, placeRelationship), "Place linked.")) {
            place = null;
            placeRelationship = null;
        }
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            caseView.load();
            return true;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Your role does not allow this.");
        }
        return false;
    }

    public PersonPicker getPerson() { return person; }
    public String getPersonRelationship() { return personRelationship; }
    public void setPersonRelationship(String personRelationship) { this.personRelationship = personRelationship; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPlaceRelationship() { return placeRelationship; }
    public void setPlaceRelationship(String placeRelationship) { this.placeRelationship = placeRelationship; }
}

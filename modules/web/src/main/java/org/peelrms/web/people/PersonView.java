package org.peelrms.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonSummary;

/** A person's page; opening it is audited. */
@Named
@ViewScoped
public class PersonView implements Serializable {

    @EJB
    private PeopleIndex people;

    private long id;
    private PersonSummary person;

    public void onLoad() {
        if (person == null) {
            person = people.view(id).orElse(null);
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PersonSummary getPerson() {
        return person;
    }
}

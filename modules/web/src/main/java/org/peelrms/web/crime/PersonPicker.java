package org.peelrms.web.crime;

import java.io.Serializable;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.web.shell.Messages;

/**
 * Finding a person on the people index to link to a report or crime: the one-line name search, then
 * a choice among the results (search before create: if they are not there, put them on file first).
 */
public class PersonPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 10;

    private String query;
    private List<PersonHit> hits = List.of();
    private Long chosenId;
    private String chosenName;
    private List<String> chosenMarkers = List.of();
    private boolean searched;

    public void search(PeopleIndex people) {
        try {
            hits = people.find(query, LIMIT);
            searched = true;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void choose(long id) {
        hits.stream().filter(h -> h.id() == id).findFirst().ifPresent(hit -> {
            chosenId = hit.id();
            chosenName = hit.name() + (hit.dateOfBirth() == null ? "" : ", born " + hit.dateOfBirth());
            chosenMarkers = hit.markers();
        });
        hits = List.of();
        searched = false;
    }

    public void clear() {
        chosenId = null;
        chosenName = null;
        chosenMarkers = List.of();
        hits = List.of();
        query = null;
        searched = false;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PersonHit> getHits() {
        return hits;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public String getChosenName() {
        return chosenName;
    }

    /** The chosen person's warning markers in force, to show at once (custody booking in). */
    public List<String> getChosenMarkers() {
        return chosenMarkers;
    }

    public boolean isSearched() {
        return searched;
    }
}

package org.peelrms.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonSummary;

/** The people search page: one box, results best first. Reached from the header box with ?q=. */
@Named
@ViewScoped
public class PeopleSearchView implements Serializable {
    private static final int LIMIT = 50;

    @EJB
    private transient PeopleIndex people;

    private String q;
    private List<PersonSummary> results = List.of();
    private boolean searched;

    /** Runs the search given in the address (the header box), once, when the page opens. */
    public void onLoad() {
        if (q != null && !q.isBlank() && !searched) {
            search();
        }
    }

    public void search() {
        results = people.search(q, LIMIT);
        searched = true;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<PersonSummary> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }
}

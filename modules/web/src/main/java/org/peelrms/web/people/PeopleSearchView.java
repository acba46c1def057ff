package org.peelrms.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.web.shell.Messages;

/**
 * The people search page: one line as an officer types it ("SMYTH John 12/03/1985"), credible
 * matches best first with why each matched. Reached from the header box with ?q=.
 */
@Named
@ViewScoped
public class PeopleSearchView implements Serializable {
    private static final int LIMIT = 50;

    @EJB
    private PeopleIndex people;

    private String q;
    private List<PersonHit> results = List.of();
    private boolean searched;

    /** Runs the search given in the address (the header box), once, when the page opens. */
    public void onLoad() {
        if (q != null && !q.isBlank() && !searched) {
            search();
        }
    }

    public void search() {
        try {
            results = people.find(q, LIMIT);
            searched = true;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<PersonHit> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }
}

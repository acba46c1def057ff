package org.peelrms.web.people;

import org.peelrms.restriction.api.ReasonRequired;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.peelrms.kernel.UkDateFormat;

/**
 * The people search page: one line as an officer types it ("SMYTH John 12/03/1985"), credible
 * matches best first with why each matched. Reached from the header box with ?q=.
 * <p>
 * A search is run once (and audited once) for the credible matches, at most {@link NameSearch#MAX_LIMIT};
 * the table is lazy: each page of it is rendered and sent to the browser only when it is asked for.
 */
@Named
@ViewScoped
public class PeopleSearchView implements Serializable {
    private static final int LIMIT = NameSearch.MAX_LIMIT;

    @EJB
    private PeopleIndex people;

    private String q;
    private String surname;
    private String forenames;
    private java.time.LocalDate dateOfBirth;
    private org.peelrms.nominal.api.Sex sex;
    private Integer ageFrom;
    private Integer ageTo;
    private Integer heightFrom;
    private Integer heightTo;
    private String marks;
    private String reason;
    private List<PersonHit> results = List.of();

    private static final DateTimeFormatter UK_DAY = UkDateFormat.DAY;
    private boolean searched;

    private final LazyDataModel<PersonHit> page = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return results.size();
        }

        @Override
        public List<PersonHit> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return List.copyOf(results.subList(Math.min(first, results.size()), Math.min(first + pageSize, results.size())));
        }

        @Override
        public String getRowKey(PersonHit hit) {
            return String.valueOf(hit.id());
        }
    };

    /** Runs the search given in the address (the header box), once, when the page opens. */
    public void onLoad() {
        if (q != null && !q.isBlank() && !searched) {
            search();
        }
    }

    public void search() {
        try {
            results = people.find(q, LIMIT, reason);
            searched = true;
        } catch (InvalidInput | ReasonRequired e) {
            Messages.error(e.getMessage());
        }
    }

    /** The search by separate fields, with what else is known (age, height, marks). */
    public void searchByDetails() {
        try {
            results = people.find(new NameSearch(surname, forenames, dateOfBirth, null, sex, LIMIT,
                    new NameSearch.Narrowing(ageFrom, ageTo, heightFrom, heightTo, marks)), reason);
            searched = true;
        } catch (InvalidInput | ReasonRequired e) {
            Messages.error(e.getMessage());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The days the person on this hit was reported missing, oldest first (empty: never). */
    public List<LocalDate> missingEpisodes(long personId) {
        return results.stream().filter(hit -> hit.id() == personId).findFirst().map(PersonHit::missingEpisodes)
                .orElse(List.of());
    }

    /** "3: 02/01/2026, 14/03/2026, 30/11/2026" for a hit's missing episodes, or nothing. */
    public String missingSummary(long personId) {
        List<LocalDate> dates = missingEpisodes(personId);
        return dates.isEmpty() ? "" : dates.size() + ": " + dates.stream().map(UK_DAY::format)
                .collect(Collectors.joining(", "));
    }


    public List<PersonHit> getResults() {
        return results;
    }

    /** The results, a page at a time, for the table. */
    /**
     * "1 person found.", "25 people found."; at the cap, that there may be more and the search should be
     * narrowed (the results are the best {@value #LIMIT} only).
     */
    public String getResultCount() {
        int found = results.size();
        if (found >= LIMIT) {
            return found + " people found — there may be more; narrow the search (add forenames or a date of birth).";
        }
        return found + (found == 1 ? " person found." : " people found.");
    }

    public LazyDataModel<PersonHit> getPage() {
        return page;
    }

    public boolean isSearched() {
        return searched;
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

    public java.time.LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(java.time.LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public org.peelrms.nominal.api.Sex getSex() {
        return sex;
    }

    public void setSex(org.peelrms.nominal.api.Sex sex) {
        this.sex = sex;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public Integer getHeightFrom() {
        return heightFrom;
    }

    public void setHeightFrom(Integer heightFrom) {
        this.heightFrom = heightFrom;
    }

    public Integer getHeightTo() {
        return heightTo;
    }

    public void setHeightTo(Integer heightTo) {
        this.heightTo = heightTo;
    }

    public String getMarks() {
        return marks;
    }

    public void setMarks(String marks) {
        this.marks = marks;
    }

    public org.peelrms.nominal.api.Sex[] getSexes() {
        return org.peelrms.nominal.api.Sex.values();
    }

    /** The reason for the search, asked for when it uses an option an administrator marked sensitive. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

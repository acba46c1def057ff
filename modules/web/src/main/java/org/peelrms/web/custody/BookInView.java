package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.custody.api.NewOffence;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.custody.api.RightNotYetGiven;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.restriction.api.ReasonRequired;
import org.peelrms.web.crime.PersonPicker;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * Booking in, from the keyboard: find the person on the people index (their warning markers show at
 * once), the arrest and arrival, the offences, the custody officer's decision with its grounds, the
 * cell, the risk assessment that sets the observation level, the rights given, and the property.
 */
@Named
@ViewScoped
public class BookInView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    @EJB
    private PeopleIndex people;

    private final PersonPicker person = new PersonPicker();
    private LocalDateTime arrestedAt = UkTime.now().minusMinutes(30);
    private String arrestPlace;
    private LocalDateTime arrivedAt = UkTime.now();
    private boolean arrestedAtStation;
    private String arrestingOfficer;
    private final List<OffenceLine> offences = List.of(new OffenceLine(), new OffenceLine(), new OffenceLine());
    private boolean authorised = true;
    private String grounds;
    private String cell;
    private final RiskAnswers risk = new RiskAnswers();
    private ObservationLevel level = ObservationLevel.GENERAL;
    private final List<RightStatement> rights = Arrays.stream(Entitlement.values()).map(RightStatement::new).toList();
    private String property;
    private boolean reasonAsked;
    private String reason;

    /** One offence typed on the form. */
    public static class OffenceLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private boolean indictable;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isIndictable() {
            return indictable;
        }

        public void setIndictable(boolean indictable) {
            this.indictable = indictable;
        }
    }

    public void findPerson() {
        person.search(people);
    }

    public void choosePerson(long id) {
        person.choose(id);
    }

    public void save() throws IOException {
        try {
            OffsetDateTime now = OffsetDateTime.now();
            List<RightGiven> told = rights.stream().flatMap(r -> r.given(now).stream()).toList();
            List<RightNotYetGiven> notYet = rights.stream().flatMap(r -> r.notYetGiven().stream()).toList();
            List<NewOffence> given = offences.stream().filter(o -> o.description != null && !o.description.isBlank())
                    .map(o -> new NewOffence(o.description, o.indictable)).toList();
            long id = custody.bookIn(new NewBooking(person.getChosenId(), UkTime.of(arrestedAt), arrestPlace,
                    UkTime.of(arrivedAt), arrestedAtStation, arrestingOfficer, given, authorised, grounds, cell,
                    risk.assessment(level), told, property, notYet), reason);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(authorised ? "Booked in; detention authorised and the PACE clock is running."
                    : "Booked in; detention refused.");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/custody/record.xhtml?id=" + id);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (ReasonRequired e) {
            reasonAsked = true;
            Messages.error(e.getMessage());
        }
    }

    /** Whether the person chosen is restricted to the user, who must give a reason to book them in (ADR 0041). */
    public boolean isReasonAsked() {
        return reasonAsked;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ObservationLevel[] getLevels() {
        return ObservationLevel.values();
    }

    public PersonPicker getPerson() {
        return person;
    }

    public List<OffenceLine> getOffences() {
        return offences;
    }

    public LocalDateTime getArrestedAt() {
        return arrestedAt;
    }

    public void setArrestedAt(LocalDateTime arrestedAt) {
        this.arrestedAt = arrestedAt;
    }

    public String getArrestPlace() {
        return arrestPlace;
    }

    public void setArrestPlace(String arrestPlace) {
        this.arrestPlace = arrestPlace;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public boolean isArrestedAtStation() {
        return arrestedAtStation;
    }

    public void setArrestedAtStation(boolean arrestedAtStation) {
        this.arrestedAtStation = arrestedAtStation;
    }

    public String getArrestingOfficer() {
        return arrestingOfficer;
    }

    public void setArrestingOfficer(String arrestingOfficer) {
        this.arrestingOfficer = arrestingOfficer;
    }

    public boolean isAuthorised() {
        return authorised;
    }

    public void setAuthorised(boolean authorised) {
        this.authorised = authorised;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public String getCell() {
        return cell;
    }

    public void setCell(String cell) {
        this.cell = cell;
    }

    public ObservationLevel getLevel() {
        return level;
    }

    public void setLevel(ObservationLevel level) {
        this.level = level;
    }

    /** The three rights, each to be stated by the officer. */
    public List<RightStatement> getRights() {
        return rights;
    }

    public RightStatement.Answer[] getAnswers() {
        return RightStatement.Answer.values();
    }

    public String getProperty() {
        return property;
    }

    public void setProperty(String property) {
        this.property = property;
    }

    public RiskAnswers getRisk() {
        return risk;
    }
}

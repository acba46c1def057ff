package org.peelrms.web.people;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peelrms.crime.api.CrimeLists;
import org.peelrms.crime.api.LinkedCrime;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.custody.api.CustodySummary;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.Episode;
import org.peelrms.missingpersons.api.MissingPersons;
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.People;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.api.PersonRecord;
import org.peelrms.web.shell.Messages;

/**
 * A person's page: details, every name, identifying marks, warning markers, and the people who may
 * be the same person. Opening it is audited; so is every change made from it. Opened by the id of a person
 * merged into another, it shows the survivor (the record the person now has), and everything on it is the survivor's.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

    @EJB
    private People people;

    @EJB
    private CrimeLists crimeLists;

    private List<LinkedCrime> crimes;

    @EJB
    private CustodyRecords custody;

    private List<CustodySummary> custodyHistory;

    @EJB
    private MissingPersons missingPersons;

    @EJB
    private CaseFiles caseFiles;

    private List<CaseFileSummary> files;

    private List<Episode> missingEpisodes;

    private long id;

    private final RestrictedOpening opening = new RestrictedOpening();
    private PersonRecord person;
    private List<PersonHit> duplicates;

    private NameType nameType = NameType.ALIAS;
    private String nameForenames;
    private String nameSurname;
    private LocalDate nameDateOfBirth;
    private MarkerType markerType;
    private String markerNote;
    private long markerToEnd;
    private String endReason;
    private MarkKind markKind;
    private String markDescription;
    private String markLocation;

    public void onLoad() {
        if (person == null && id > 0) {
            person = opening.open(r -> people.record(id, r));
        }
    }

    public List<PersonHit> getDuplicates() {
        if (duplicates == null && person != null) {
            duplicates = people.possibleDuplicatesOf(person.id());
        }
        return duplicates;
    }

    /** This person's missing episodes, oldest first (read once, audited by the missing persons module). */
    public List<Episode> getMissingEpisodes() {
        if (missingEpisodes == null && person != null) {
            missingEpisodes = missingPersons.episodes(person.id());
        }
        return missingEpisodes;
    }

    /** The crimes this person is linked to, with their role in each (read once, audited by the crime module). */
    public List<LinkedCrime> getCrimes() {
        if (crimes == null && person != null) {
            crimes = crimeLists.linkedTo(person.id());
        }
        return crimes;
    }

    /** The case files the person is on (suspect, defendant or witness), newest first (read once, audited by the casefile module). */
    public List<CaseFileSummary> getCaseFiles() {
        if (files == null && person != null) {
            files = caseFiles.ofPerson(person.id());
        }
        return files;
    }

    /** The person's detentions, newest first (read once, audited by the custody module). */
    public List<CustodySummary> getCustody() {
        if (custodyHistory == null && person != null) {
            custodyHistory = custody.historyOf(person.id());
        }
        return custodyHistory;
    }

    public String show(java.time.OffsetDateTime at) {
        return org.peelrms.web.crime.UkTime.show(at);
    }

    public void addName() {
        act(() -> people.addOtherName(person.id(), nameType, nameForenames, nameSurname, nameDateOfBirth), "Name added.");
        nameForenames = null;
        nameSurname = null;
        nameDateOfBirth = null;
    }

    public void endName(long nameId) {
        act(() -> people.endOtherName(person.id(), nameId), "Name ended; it stays on file and is still searched.");
    }

    public void setMarker() {
        act(() -> people.setMarker(person.id(), markerType, markerNote), "Warning marker set.");
        markerNote = null;
    }

    public void endMarker() {
        act(() -> people.endMarker(person.id(), markerToEnd, endReason), "Warning marker ended.");
        endReason = null;
    }

    public void addMark() {
        act(() -> people.addMark(person.id(), markKind, markDescription, markLocation), "Mark added.");
        markDescription = null;
        markLocation = null;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            person = opening.open(r -> people.record(person.id(), r));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public NameType[] getNameTypes() {
        return NameType.values();
    }

    public MarkerType[] getMarkerTypes() {
        return MarkerType.values();
    }

    public MarkKind[] getMarkKinds() {
        return MarkKind.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PersonRecord getPerson() {
        return person;
    }

    public NameType getNameType() {
        return nameType;
    }

    public void setNameType(NameType nameType) {
        this.nameType = nameType;
    }

    public String getNameForenames() {
        return nameForenames;
    }

    public void setNameForenames(String nameForenames) {
        this.nameForenames = nameForenames;
    }

    public String getNameSurname() {
        return nameSurname;
    }

    public void setNameSurname(String nameSurname) {
        this.nameSurname = nameSurname;
    }

    public LocalDate getNameDateOfBirth() {
        return nameDateOfBirth;
    }

    public void setNameDateOfBirth(LocalDate nameDateOfBirth) {
        this.nameDateOfBirth = nameDateOfBirth;
    }

    public MarkerType getMarkerType() {
        return markerType;
    }

    public void setMarkerType(MarkerType markerType) {
        this.markerType = markerType;
    }

    public String getMarkerNote() {
        return markerNote;
    }

    public void setMarkerNote(String markerNote) {
        this.markerNote = markerNote;
    }

    public long getMarkerToEnd() {
        return markerToEnd;
    }

    public void setMarkerToEnd(long markerToEnd) {
        this.markerToEnd = markerToEnd;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public MarkKind getMarkKind() {
        return markKind;
    }

    public void setMarkKind(MarkKind markKind) {
        this.markKind = markKind;
    }

    public String getMarkDescription() {
        return markDescription;
    }

    public void setMarkDescription(String markDescription) {
        this.markDescription = markDescription;
    }

    public String getMarkLocation() {
        return markLocation;
    }

    public void setMarkLocation(String markLocation) {
        this.markLocation = markLocation;
    }

    /** The reason form's action: opens the record again with the reason just given. */
    public void reopen() {
        person = null;
        onLoad();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }
}

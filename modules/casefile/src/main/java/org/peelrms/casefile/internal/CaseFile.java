package org.peelrms.casefile.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;

/** A prosecution file: its type, people, crimes, forms, exhibits and stages, with the workflow's rules. */
@Entity
@Table(name = "case_file", schema = "casefile")
public class CaseFile {

    @Id
    @SequenceGenerator(name = "file_seq", schema = "casefile", sequenceName = "file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 12)
    private FileType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FileStatus status;

    @Column(name = "officer_in_case", nullable = false, length = 64)
    private String officerInCase;

    @Column(length = 64)
    private String supervisor;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "stage_since", nullable = false)
    private OffsetDateTime stageSince;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "charging_decision", length = 4000)
    private String chargingDecision;

    @Column(length = 300)
    private String court;

    @Column(name = "hearing_date")
    private LocalDate hearingDate;

    @Column(length = 4000)
    private String outcome;

    @Version
    private int version;

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FileCrime> crimes = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FileParty> people = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FileForm> forms = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Exhibit> exhibits = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<FileEvent> events = new ArrayList<>();

    protected CaseFile() {
    }

    CaseFile(String reference, FileType type, String officerInCase, String supervisor, Stamp stamp) {
        this.reference = reference;
        this.type = Require.present(type, "Choose the type of file: pre-charge, expedited or full.");
        this.officerInCase = Require.text(officerInCase, 64, "Name the officer in the case.");
        this.supervisor = Require.optional(supervisor, 64, "The supervisor's user name");
        this.openedBy = stamp.user();
        this.openedAt = stamp.at();
        this.status = FileStatus.DRAFT;
        this.stageSince = stamp.at();
        events.add(new FileEvent(this, FileStatus.DRAFT, stamp, null));
    }

    void linkCrime(long crimeId, String number) {
        Workflow.contentsOpen(this);
        if (crimes.stream().noneMatch(c -> c.crimeId() == crimeId)) {
            crimes.add(new FileCrime(this, crimeId, number));
        }
    }

    /** Links a person; false when they are already on the file in that role. */
    boolean linkPerson(long personId, String name, PartyRole role) {
        Workflow.contentsOpen(this);
        Require.present(role, "Say whether the person is a suspect, a defendant or a witness.");
        if (people.stream().anyMatch(p -> p.personId() == personId && p.role() == role)) {
            return false;
        }
        people.add(new FileParty(this, personId, name, role));
        return true;
    }

    FileForm writeForm(Form form, Long personId, String personName, String text, Stamp stamp) {
        Workflow.contentsOpen(this);
        Require.present(form, "Say which form: MG3, MG5, MG6C, MG6D, MG11 or MG15.");
        Require.that(form.written(), form + " is drawn up by Peel from the " + (form == Form.MG9 ? "witnesses" : "exhibits")
                + " on the file; add those instead.");
        Require.that(form.perPerson() == (personId != null), form.perPerson()
                ? "Choose whose " + (form == Form.MG11 ? "statement" : "interview") + " this is from the people index."
                : form + " is not about one person; leave the person out.");
        String body = Require.text(text, 20000, "Write the " + form + " (" + form.title().toLowerCase() + ").");
        Optional<FileForm> existing = form(form, personId);
        if (existing.isPresent()) {
            existing.get().rewrite(body, stamp);
            return existing.get();
        }
        if (form == Form.MG11) {
            linkPerson(personId, personName, PartyRole.WITNESS);
        }
        FileForm written = new FileForm(this, form, personId, personName, body, stamp);
        forms.add(written);
        return written;
    }

    Optional<FileForm> form(Form form, Long personId) {
        return forms.stream().filter(f -> f.form() == form && java.util.Objects.equals(f.personId(), personId)).findFirst();
    }

    FileForm formById(long formId) {
        return forms.stream().filter(f -> f.id() == formId).findFirst()
                .orElseThrow(() -> new InvalidInput("There is no form " + formId + " on file " + reference + "."));
    }

    Exhibit addExhibit(Exhibit exhibit) {
        Workflow.contentsOpen(this);
        Require.that(exhibits.stream().noneMatch(e -> e.reference().equalsIgnoreCase(exhibit.reference())),
                "There is already an exhibit " + exhibit.reference() + " on this file.");
        exhibits.add(exhibit);
        return exhibit;
    }

    Exhibit exhibit(long exhibitId) {
        return exhibits.stream().filter(e -> e.id() == exhibitId).findFirst()
                .orElseThrow(() -> new InvalidInput("There is no exhibit " + exhibitId + " on file " + reference + "."));
    }

    /** What the file holds, for the required-contents rules. */
    Contents contents() {
        return new Contents(type, crimes.size(), (int) people.stream().filter(p -> p.role() != PartyRole.WITNESS).count(),
                people.stream().filter(p -> p.role() == PartyRole.WITNESS).map(FileParty::name).toList(),
                forms.stream().map(f -> new Contents.Written(f.form(), f.signed())).toList(),
                forms.stream().filter(f -> f.form() == Form.MG11).map(f -> new Contents.Statement(f.personName(), f.signed())).toList(),
                exhibits.size());
    }

    List<String> missing() {
        return RequiredContents.missing(contents());
    }

    void submitForCheck(Stamp stamp) {
        Workflow.submitForCheck(this, stamp, RequiredContents.missingBeforeCheck(contents()));
        move(FileStatus.WITH_SUPERVISOR, stamp, null);
    }

    void approve(String note, Stamp stamp) {
        Workflow.approve(this, stamp, RequiredContents.missingBeforeCheck(contents()));
        form(Form.MG5, null).orElseThrow().sign(stamp.user(), stamp.at());
        approvedBy = stamp.user();
        move(FileStatus.APPROVED, stamp, Require.optional(note, 4000, "The note"));
    }

    void returnToOfficer(String feedback, Stamp stamp) {
        Workflow.check(this, stamp);
        String text = Require.text(feedback, 4000, "Write the feedback: what the officer must put right.");
        move(FileStatus.RETURNED, stamp, text);
    }

    void submitToCps(Stamp stamp) {
        Workflow.submitToCps(this, stamp, missing());
        move(FileStatus.SUBMITTED_TO_CPS, stamp, null);
    }

    void recordChargingDecision(String decision, Stamp stamp) {
        Workflow.chargingDecision(this);
        chargingDecision = Require.text(decision, 4000, "Write the CPS's charging decision.");
        move(FileStatus.CHARGING_DECISION, stamp, chargingDecision);
    }

    void listAtCourt(String courtName, LocalDate date, Stamp stamp) {
        Workflow.atCourt(this);
        court = Require.text(courtName, 300, "Name the court.");
        hearingDate = Require.present(date, "Give the date of the first hearing.");
        move(FileStatus.AT_COURT, stamp, court + ", " + date);
    }

    void recordOutcome(String result, Stamp stamp) {
        Workflow.outcome(this);
        outcome = Require.text(result, 4000, "Write the outcome at court.");
        move(FileStatus.OUTCOME, stamp, outcome);
    }

    private void move(FileStatus to, Stamp stamp, String note) {
        status = to;
        stageSince = stamp.at();
        events.add(new FileEvent(this, to, stamp, note));
    }

    public long id() { return id; }
    String reference() { return reference; }
    FileType type() { return type; }
    FileStatus status() { return status; }
    String officerInCase() { return officerInCase; }
    String supervisor() { return supervisor; }
    String openedBy() { return openedBy; }
    OffsetDateTime openedAt() { return openedAt; }
    OffsetDateTime stageSince() { return stageSince; }
    String approvedBy() { return approvedBy; }
    String chargingDecision() { return chargingDecision; }
    String court() { return court; }
    LocalDate hearingDate() { return hearingDate; }
    String outcome() { return outcome; }
    List<FileCrime> crimes() { return crimes; }
    List<FileParty> people() { return people; }
    List<FileForm> forms() { return forms; }
    List<Exhibit> exhibits() { return exhibits; }
    List<FileEvent> events() { return events; }
}

package org.peelrms.demo.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.peelrms.casefile.api.CaseFiles;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.FormText;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewCaseFile;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.demo.DemoPerson;
import org.peelrms.demo.Investigator;
import org.peelrms.demo.Officer;
import org.peelrms.demo.OnDuty;
import org.peelrms.demo.Supervisor;
import org.peelrms.kernel.Roles;

/**
 * Writes the demo files through the case files API, from a fixed seed: six files at each stage, every fourth file
 * returned once by the supervisor with feedback before it went on. The officer in the case ("investigator", or
 * "officer" for every third file) writes and moves the file on, the supervisor ("supervisor") checks it, each at
 * the moment it happened. One transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoCaseFileWriter {
    private static final long SEED = 20261130L;
    private static final int PER_STAGE = 6;
    private static final String SUPERVISOR = "supervisor";
    private static final List<String> FEEDBACK = List.of(
            "The MG5 does not say how the suspect was identified; add the identification evidence.",
            "The victim's statement is not signed. Get it signed and resubmit.",
            "The MG6C lists the CCTV but not the 999 call recording; schedule it.",
            "The interview summary leaves out the no-comment answers; record them in the MG15.");
    private static final List<String> DECISIONS = List.of("Charge: theft (s. 1 Theft Act 1968).",
            "Charge: assault occasioning actual bodily harm (s. 47 OAPA 1861).", "No further action: insufficient evidence.",
            "Charge: criminal damage (s. 1(1) Criminal Damage Act 1971).");
    private static final List<String> COURTS = List.of("Preston Magistrates' Court", "Blackpool Magistrates' Court",
            "Preston Crown Court", "Lancaster Magistrates' Court");
    private static final List<String> OUTCOMES = List.of("Guilty plea; community order, 120 hours unpaid work.",
            "Convicted after trial; 18 months' imprisonment.", "Acquitted.", "Guilty plea; fine and compensation.");

    @EJB
    private CaseFiles files;

    @EJB
    private Investigator investigator;

    @EJB
    private Officer officer;

    @EJB
    private Supervisor supervisor;

    public void write(List<DemoPerson> people, List<CrimeSummary> crimes, OffsetDateTime now) {
        Random random = new Random(SEED);
        int n = 0;
        for (FileStatus target : FileStatus.values()) {
            for (int i = 0; i < PER_STAGE; i++, n++) {
                file(n, target, people, crimes, now, random);
            }
        }
    }

    private void file(int n, FileStatus target, List<DemoPerson> people, List<CrimeSummary> crimes,
            OffsetDateTime now, Random random) {
        FileType type = FileType.values()[n % 3];
        boolean byOfficer = n % 3 == 2;
        OnDuty inCase = byOfficer ? officer : investigator;
        OffsetDateTime[] at = {now.minusDays(70 + random.nextInt(290)).minusMinutes(random.nextInt(600))};
        CrimeSummary crime = crimes.get(n % crimes.size());
        DemoPerson suspect = people.get((n * 2) % people.size());
        DemoPerson witness = people.get((n * 2 + 1) % people.size());
        long id = inCase.at(at[0], () -> files.open(new NewCaseFile(type, byOfficer ? "officer" : "investigator",
                SUPERVISOR, List.of(crime.id()), List.of(suspect.id()))));
        OffsetDateTime written = step(at, random, now);
        inCase.at(written, () -> writeContents(id, n, type, target, crime, suspect, witness, written));
        if (target == FileStatus.DRAFT) {
            return;
        }
        inCase.at(step(at, random, now), () -> run(() -> files.submitForCheck(id)));
        if (target == FileStatus.RETURNED || n % 4 == 1) {
            supervisor.at(step(at, random, now), () -> run(() -> files.returnToOfficer(id, FEEDBACK.get(n % FEEDBACK.size()))));
            if (target == FileStatus.RETURNED) {
                return;
            }
            inCase.at(step(at, random, now), () -> run(() -> files.submitForCheck(id)));
        }
        if (target == FileStatus.WITH_SUPERVISOR) {
            return;
        }
        supervisor.at(step(at, random, now), () -> run(() -> files.approve(id, "Checked.")));
        if (target == FileStatus.APPROVED) {
            return;
        }
        inCase.at(step(at, random, now), () -> run(() -> files.submitToCps(id)));
        if (target == FileStatus.SUBMITTED_TO_CPS) {
            return;
        }
        inCase.at(step(at, random, now), () -> run(() -> files.recordChargingDecision(id, DECISIONS.get(n % DECISIONS.size()))));
        if (target == FileStatus.CHARGING_DECISION) {
            return;
        }
        OffsetDateTime listed = step(at, random, now);
        inCase.at(listed, () -> run(() -> files.listAtCourt(id, COURTS.get(n % COURTS.size()), listed.toLocalDate().plusDays(14))));
        if (target == FileStatus.AT_COURT) {
            return;
        }
        inCase.at(step(at, random, now), () -> run(() -> files.recordOutcome(id, OUTCOMES.get(n % OUTCOMES.size()))));
    }

    /** The forms (the witness signs the MG11; the officer signs the schedules) and, on a full file, an exhibit. */
    private Void writeContents(long id, int n, FileType type, FileStatus target, CrimeSummary crime, DemoPerson suspect,
            DemoPerson witness, OffsetDateTime written) {
        files.writeForm(id, new FormText(Form.MG3, null, "The suspect was seen on CCTV taking goods without paying and"
                + " was identified by the store detective. Charging advice is sought on " + crime.classification() + "."));
        files.writeForm(id, new FormText(Form.MG5, null, "On the date in question " + suspect.name() + " entered the"
                + " premises. The witness " + witness.name() + " saw the offence. The suspect was arrested nearby."));
        files.signForm(id, files.writeForm(id, new FormText(Form.MG11, witness.id(), "I am the store detective. I saw the"
                + " suspect take the goods and leave without paying.")), null);
        if (target != FileStatus.DRAFT || n % 2 == 0) {
            files.writeForm(id, new FormText(Form.MG15, suspect.id(), "Interviewed under caution. Made no comment to all"
                    + " questions."));
        }
        if (type == FileType.FULL) {
            files.signForm(id, files.writeForm(id, new FormText(Form.MG6C, null, "CCTV from the store, 14:00-15:00 |"
                    + " Property store, item 44\nIncident log | Force control room")), null);
            files.signForm(id, files.writeForm(id, new FormText(Form.MG6D, null, "Informant's report | Intelligence unit"
                    + " | Would reveal a source")), null);
            long exhibit = files.addExhibit(id, new NewExhibit("DS/" + (n + 1), "CCTV disc of the store", "PC 1234 Dunn",
                    written.minusHours(2), "The store's security office", "Preston property store, locker 12"));
            files.recordMovement(id, exhibit, new Movement("Forensic examiner Hale", written.minusHours(1), written,
                    "Digital forensics unit", null, null));
        }
        return null;
    }

    private static Void run(Runnable step) {
        step.run();
        return null;
    }

    /** The next moment in the file's life: a few hours to six days on, never after now. */
    private static OffsetDateTime step(OffsetDateTime[] at, Random random, OffsetDateTime now) {
        OffsetDateTime next = at[0].plusHours(3 + random.nextInt(6 * 24));
        at[0] = next.isAfter(now) ? now : next;
        return at[0];
    }
}

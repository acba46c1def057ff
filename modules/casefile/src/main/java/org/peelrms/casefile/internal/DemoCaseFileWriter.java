package org.peelrms.casefile.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.Movement;
import org.peelrms.casefile.api.NewExhibit;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.casefile.api.RecordTypes;
import org.peelrms.crime.api.CrimeSummary;
import org.peelrms.kernel.Roles;

/**
 * Saves the demo files through the same entities and rules as real ones, from a fixed seed: six files at
 * each stage, every fourth file returned once by the supervisor with feedback before it went on.
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

    @PersistenceContext(unitName = "casefile")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    public long count() {
        return FileQueries.unfiltered(entityManager).count();
    }

    public void save(List<DemoPerson> people, List<CrimeSummary> crimes, OffsetDateTime now) {
        Random random = new Random(SEED);
        int n = 0;
        for (FileStatus target : FileStatus.values()) {
            for (int i = 0; i < PER_STAGE; i++, n++) {
                CaseFile file = file(n, target, people, crimes, now, random);
                entityManager.persist(file);
                entityManager.flush();
                audit.record(AuditEvent.created(RecordTypes.CASE_FILE, file.id(), "demo file " + file.reference() + ", "
                        + file.status().label().toLowerCase()));
            }
        }
    }

    private CaseFile file(int n, FileStatus target, List<DemoPerson> people, List<CrimeSummary> crimes,
            OffsetDateTime now, Random random) {
        FileType type = FileType.values()[n % 3];
        String officer = n % 3 == 2 ? "officer" : "investigator";
        OffsetDateTime[] at = {now.minusDays(70 + random.nextInt(290)).minusMinutes(random.nextInt(600))};
        CaseFile file = new CaseFile(FileNumbers.next(entityManager, at[0].getYear()), type, officer, SUPERVISOR,
                new Stamp(officer, at[0], false));
        CrimeSummary crime = crimes.get(n % crimes.size());
        file.linkCrime(crime.id(), crime.number());
        DemoPerson suspect = people.get((n * 2) % people.size());
        DemoPerson witness = people.get((n * 2 + 1) % people.size());
        file.linkPerson(suspect.id(), suspect.name(), PartyRole.SUSPECT);
        Stamp writer = new Stamp(officer, step(at, random, now), false);
        file.writeForm(Form.MG3, null, null, "The suspect was seen on CCTV taking goods without paying and was"
                + " identified by the store detective. Charging advice is sought on " + crime.classification() + ".", writer);
        file.writeForm(Form.MG5, null, null, "On the date in question " + suspect.name() + " entered the premises."
                + " The witness " + witness.name() + " saw the offence. The suspect was arrested nearby.", writer);
        file.writeForm(Form.MG11, witness.id(), witness.name(), "I am the store detective. I saw the suspect take the"
                + " goods and leave without paying.", writer).sign(witness.name(), writer.at());
        if (target != FileStatus.DRAFT || n % 2 == 0) {
            file.writeForm(Form.MG15, suspect.id(), suspect.name(), "Interviewed under caution. Made no comment to all"
                    + " questions.", writer);
        }
        if (type == FileType.FULL) {
            file.writeForm(Form.MG6C, null, null, "CCTV from the store, 14:00-15:00 | Property store, item 44\n"
                    + "Incident log | Force control room", writer).sign(officer, writer.at());
            file.writeForm(Form.MG6D, null, null, "Informant's report | Intelligence unit | Would reveal a source",
                    writer).sign(officer, writer.at());
            Exhibit exhibit = file.addExhibit(new Exhibit(file, new NewExhibit("DS/" + (n + 1), "CCTV disc of the store",
                    "PC 1234 Dunn", writer.at().minusHours(2), "The store's security office", "Preston property store, locker 12"), writer));
            exhibit.record(new Movement("Forensic examiner Hale", writer.at().minusHours(1), writer.at(),
                    "Digital forensics unit", null, null), writer);
        }
        if (target == FileStatus.DRAFT) {
            return file;
        }
        file.submitForCheck(new Stamp(officer, step(at, random, now), false));
        if (target == FileStatus.RETURNED || n % 4 == 1) {
            file.returnToOfficer(FEEDBACK.get(n % FEEDBACK.size()), new Stamp(SUPERVISOR, step(at, random, now), true));
            if (target == FileStatus.RETURNED) {
                return file;
            }
            file.submitForCheck(new Stamp(officer, step(at, random, now), false));
        }
        if (target == FileStatus.WITH_SUPERVISOR) {
            return file;
        }
        file.approve("Checked.", new Stamp(SUPERVISOR, step(at, random, now), true));
        if (target == FileStatus.APPROVED) {
            return file;
        }
        file.submitToCps(new Stamp(officer, step(at, random, now), false));
        if (target == FileStatus.SUBMITTED_TO_CPS) {
            return file;
        }
        file.recordChargingDecision(DECISIONS.get(n % DECISIONS.size()), new Stamp(officer, step(at, random, now), false));
        if (target == FileStatus.CHARGING_DECISION) {
            return file;
        }
        OffsetDateTime listed = step(at, random, now);
        file.listAtCourt(COURTS.get(n % COURTS.size()), listed.toLocalDate().plusDays(14), new Stamp(officer, listed, false));
        if (target == FileStatus.AT_COURT) {
            return file;
        }
        file.recordOutcome(OUTCOMES.get(n % OUTCOMES.size()), new Stamp(officer, step(at, random, now), false));
        return file;
    }

    /** The next moment in the file's life: a few hours to six days on, never after now. */
    private static OffsetDateTime step(OffsetDateTime[] at, Random random, OffsetDateTime now) {
        OffsetDateTime next = at[0].plusHours(3 + random.nextInt(6 * 24));
        at[0] = next.isAfter(now) ? now : next;
        return at[0];
    }
}

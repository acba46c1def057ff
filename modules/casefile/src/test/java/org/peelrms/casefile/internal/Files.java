package org.peelrms.casefile.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;
import org.peelrms.casefile.api.PartyRole;

/** Files for the tests, built through the entity's own rules. */
final class Files {
    static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    static final String OFFICER = "investigator";

    private Files() {
    }

    static Stamp officer(int hours) {
        return new Stamp(OFFICER, START.plusHours(hours), false);
    }

    static Stamp supervisor(String name, int hours) {
        return new Stamp(name, START.plusHours(hours), true);
    }

    static CaseFile draft(FileType type) {
        return new CaseFile("CF/2026/000001", type, OFFICER, "supervisor", officer(0));
    }

    /** A file holding everything its type needs but the supervisor's certification of the MG5. */
    static CaseFile ready(FileType type) {
        CaseFile file = draft(type);
        Stamp by = officer(1);
        file.linkCrime(11, "CR/2026/000011");
        file.linkPerson(21, "John SMITH", PartyRole.SUSPECT);
        file.writeForm(Form.MG3, null, null, "Report to the CPS.", by);
        file.writeForm(Form.MG5, null, null, "Summary of the case.", by);
        file.writeForm(Form.MG11, 31L, "Ann JONES", "I saw it.", by).sign("Ann JONES", by.at());
        file.writeForm(Form.MG15, 21L, "John SMITH", "No comment.", by);
        if (type == FileType.FULL) {
            file.writeForm(Form.MG6C, null, null, "CCTV | Property store", by).sign(OFFICER, by.at());
            file.writeForm(Form.MG6D, null, null, "Informant | Intelligence | Source", by).sign(OFFICER, by.at());
            file.addExhibit(new Exhibit(file, new org.peelrms.casefile.api.NewExhibit("JS/1", "Knife", "PC Dunn",
                    START, "Kitchen", "Property store"), by));
        }
        return file;
    }
}

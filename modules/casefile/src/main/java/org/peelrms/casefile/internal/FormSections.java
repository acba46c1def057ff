package org.peelrms.casefile.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.Form;

/** The sections of each Manual of Guidance form, as the paper forms number them (simplified: ADR 0016). */
final class FormSections {
    static final String MG11_DECLARATION = "This statement (consisting of the pages each signed by me) is true to the best of my"
            + " knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to"
            + " prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be true.";
    static final String MG5_CERTIFICATE = "I certify that I have reviewed this file and that, to the best of my knowledge,"
            + " it meets the National File Standard for its type.";

    private FormSections() {
    }

    static void written(PdfLayout pdf, CaseFileView file, CaseFileView.FormView form) {
        pdf.heading(form.form().name(), form.form().title(), file.reference());
        switch (form.form()) {
            case MG3 -> mg3(pdf, file, form);
            case MG5 -> mg5(pdf, file, form);
            case MG6C, MG6D -> mg6(pdf, file, form);
            case MG11 -> mg11(pdf, form);
            case MG15 -> mg15(pdf, file, form);
            default -> throw new IllegalStateException(form.form().name());
        }
    }

    private static void caseDetails(PdfLayout pdf, CaseFileView file) {
        pdf.section("Case details");
        pdf.fields("File type", file.type().label(), "Officer in the case", file.officerInCase(),
                "Crimes", file.crimes().stream().map(CaseFileView.Crime::number).collect(Collectors.joining(", ")),
                "Suspects / defendants", file.accused().stream().map(CaseFileView.Party::name).collect(Collectors.joining(", ")));
    }

    private static void mg3(PdfLayout pdf, CaseFileView file, CaseFileView.FormView form) {
        caseDetails(pdf, file);
        pdf.section("Summary of the case and the evidence, and the charging advice sought");
        pdf.textBox(form.text());
        pdf.section("Officer's details");
        pdf.fields("Written by", form.writtenBy(), "Date", PdfLayout.when(form.writtenAt()));
        pdf.section("Charging decision (to be completed by the prosecutor)");
        pdf.textBox(file.chargingDecision() == null ? "Awaiting the charging decision." : file.chargingDecision());
    }

    private static void mg5(PdfLayout pdf, CaseFileView file, CaseFileView.FormView form) {
        caseDetails(pdf, file);
        pdf.section("Summary of the key evidence");
        pdf.textBox(form.text());
        pdf.section("Supervisor's certification");
        pdf.textBox(form.signed() ? MG5_CERTIFICATE + "\nCertified by " + form.signedBy() + " on " + PdfLayout.when(form.signedAt())
                : "Not yet certified by a supervisor.");
    }

    private static void mg6(PdfLayout pdf, CaseFileView file, CaseFileView.FormView form) {
        boolean sensitive = form.form() == Form.MG6D;
        caseDetails(pdf, file);
        pdf.section(sensitive ? "Sensitive material (not to be disclosed to the defence)" : "Non-sensitive unused material");
        pdf.table(sensitive ? new float[] {1, 5, 3, 4} : new float[] {1, 6, 4},
                sensitive ? List.of("Item no.", "Description", "Location", "Reason for sensitivity")
                        : List.of("Item no.", "Description", "Location"),
                FormPdf.scheduleItems(form.text(), sensitive ? 3 : 2), "No items.");
        pdf.section("Disclosure officer");
        pdf.fields("Signed", form.signed() ? form.signedBy() : "Not signed", "Date", PdfLayout.when(form.signedAt()));
    }

    private static void mg11(PdfLayout pdf, CaseFileView.FormView form) {
        pdf.note("Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B; Criminal Procedure Rules, r. 16.2");
        pdf.section("Witness");
        pdf.fields("Statement of", form.personName(), "Taken by", form.writtenBy(), "Date taken", PdfLayout.when(form.writtenAt()));
        pdf.section("Declaration");
        pdf.textBox(MG11_DECLARATION);
        pdf.fields("Signature", form.signed() ? "Signed by " + form.signedBy() : "Not signed", "Date",
                PdfLayout.when(form.signedAt()));
        pdf.section("Statement");
        pdf.textBox(form.text());
    }

    private static void mg15(PdfLayout pdf, CaseFileView file, CaseFileView.FormView form) {
        pdf.section("Person interviewed");
        pdf.fields("Name", form.personName(), "Interviewing officer", form.writtenBy(), "Crimes",
                file.crimes().stream().map(CaseFileView.Crime::number).collect(Collectors.joining(", ")),
                "Recorded", PdfLayout.when(form.writtenAt()));
        pdf.section("Record of the interview");
        pdf.textBox(form.text());
    }

    static void mg9(PdfLayout pdf, CaseFileView file) {
        pdf.heading("MG9", Form.MG9.title(), file.reference());
        caseDetails(pdf, file);
        pdf.section("Witnesses");
        int[] n = {0};
        pdf.table(new float[] {1, 5, 3}, List.of("No.", "Name", "Statement (MG11)"),
                file.witnesses().stream().map(w -> List.of(Integer.toString(++n[0]), w.name(),
                        file.formsOf(Form.MG11).stream().filter(s -> w.personId() == s.personId()).findFirst()
                                .map(s -> s.signed() ? "Signed " + PdfLayout.when(s.signedAt()) : "Taken, not signed")
                                .orElse("No statement"))).toList(), "No witnesses.");
    }

    static void mg12(PdfLayout pdf, CaseFileView file) {
        pdf.heading("MG12", Form.MG12.title(), file.reference());
        caseDetails(pdf, file);
        pdf.section("Exhibits");
        pdf.table(new float[] {1, 3, 3}, List.of("Reference", "Description", "Seized"),
                file.exhibits().stream().map(e -> List.of(e.reference(), e.description(),
                        e.seizedBy() + ", " + PdfLayout.when(e.seizedAt()) + ", from " + e.seizedFrom())).toList(), "No exhibits.");
        pdf.section("Continuity");
        pdf.table(new float[] {1, 2, 2, 2, 2, 2}, List.of("Exhibit", "Held by", "From", "To", "Stored at", "Correction"),
                file.exhibits().stream().flatMap(e -> e.continuity().stream().map(c -> List.of(e.reference(), c.heldBy(),
                        PdfLayout.when(c.from()), PdfLayout.when(c.to()), c.storedAt(),
                        c.correctsId() == null ? "" : "corrects entry " + c.correctsId() + ": " + c.reason()))).toList(),
                "No continuity entries.");
    }
}

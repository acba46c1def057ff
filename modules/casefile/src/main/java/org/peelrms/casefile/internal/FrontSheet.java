package org.peelrms.casefile.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileView;

/** The bundle's first page: the file, its people and crimes, every stage with its date, and the quality check. */
final class FrontSheet {
    private FrontSheet() {
    }

    static void write(FormPdf.Pages pages, CaseFileView file) {
        PdfLayout pdf = pages.form();
        pdf.heading("FILE", "Case file front sheet", file.reference());
        pdf.section("Case details");
        pdf.fields("File type", file.type().label(), "Stage", file.status().label(),
                "Officer in the case", file.officerInCase(), "Supervisor", file.supervisor(),
                "Opened", PdfLayout.when(file.openedAt()), "Age", file.ageDays() + " days (" + file.daysAtStage() + " at this stage)",
                "Crimes", file.crimes().stream().map(CaseFileView.Crime::number).collect(Collectors.joining(", ")),
                "Suspects / defendants", file.accused().stream().map(p -> p.name() + " (" + p.role().label().toLowerCase() + ")")
                        .collect(Collectors.joining(", ")));
        pdf.section("Stages");
        pdf.table(new float[] {2, 2, 1, 1, 4}, List.of("Stage", "Date", "Day of file", "By", "Note"),
                file.stages().stream().map(s -> List.of(s.stage().label(), PdfLayout.when(s.at()), Long.toString(s.dayOfFile()),
                        s.by(), s.note() == null ? "" : s.note())).toList(), "No stages.");
        pdf.section("Quality check: missing or unsigned");
        pdf.table(new float[] {1}, List.of("Item"), file.missing().stream().map(List::of).toList(),
                "Nothing missing: the file holds what its type requires.");
    }
}

package org.peelrms.casefile.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.kernel.ReportDocument;

/**
 * The case files report for a period (files opened in it, UK dates, both days included) as they stand now:
 * files at each stage and their age, returns and their reasons, and how long the CPS took from the
 * charging decision request (submission) to the decision.
 */
public record CaseFilesReport(LocalDate from, LocalDate to, int files, List<StageCount> byStage, int returns,
        int filesReturned, List<ReturnLine> returnReasons, int decisionsRequested, int decisionsMade,
        Long medianHoursToDecision, Long longestHoursToDecision, int awaitingDecision) implements ReportDocument.Exported, Serializable {

    /** The report's headline figures, its stages and its returns, and its files by stage, for its PDF. */
    @Override
    public ReportDocument document() {
        ReportDocument.Figures figures = ReportDocument.figures()
                .add("Files opened", files)
                .add("Returns by a supervisor", returns)
                .add("Files returned at least once", filesReturned)
                .add("Charging decisions requested", decisionsRequested)
                .add("Charging decisions made", decisionsMade)
                .measure("Request to decision: median hours", medianHoursToDecision)
                .measure("Request to decision: longest hours", longestHoursToDecision)
                .add("Awaiting a charging decision", awaitingDecision);
        byStage.forEach(stage -> figures.add(stage.stage().label() + ": files (median, oldest age in days)",
                stage.files() + " (" + days(stage.medianAgeDays()) + ", " + days(stage.oldestAgeDays()) + ")"));
        returnReasons.forEach(line -> figures.add("Returned " + line.reference() + " by " + line.by(), line.feedback()));
        return figures.document("Case files report", from, to, "Files by stage", byStage.stream()
                .map(stage -> new ReportDocument.Bar(stage.stage().label(), stage.files())).toList());
    }

    private static String days(Long days) {
        return days == null ? "-" : days.toString();
    }


    /** Files at a stage now; their median and oldest age in days (since opened). */
    public record StageCount(FileStatus stage, int files, Long medianAgeDays, Long oldestAgeDays) implements Serializable {
    }

    public record ReturnLine(String reference, OffsetDateTime at, String by, String feedback) implements Serializable {
    }
}

package org.peelrms.casefile.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The case files report for a period (files opened in it, UK dates, both days included) as they stand now:
 * files at each stage and their age, returns and their reasons, and how long the CPS took from the
 * charging decision request (submission) to the decision.
 */
public record CaseFilesReport(LocalDate from, LocalDate to, int files, List<StageCount> byStage, int returns,
        int filesReturned, List<ReturnLine> returnReasons, int decisionsRequested, int decisionsMade,
        Long medianHoursToDecision, Long longestHoursToDecision, int awaitingDecision) {

    /** Files at a stage now; their median and oldest age in days (since opened). */
    public record StageCount(FileStatus stage, int files, Long medianAgeDays, Long oldestAgeDays) {
    }

    public record ReturnLine(String reference, OffsetDateTime at, String by, String feedback) {
    }
}

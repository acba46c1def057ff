package org.peelrms.casefile.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelrms.casefile.api.CaseFilesReport;
import org.peelrms.casefile.api.FileStatus;

/**
 * The case files report's figures from the files opened in the period, as they stand now. A file's age is
 * the whole days from its opening to now, or to its outcome once it has one. The time to a charging
 * decision runs from the submission to the CPS (the request) to the decision recorded after it.
 */
final class ReportFigures {
    private ReportFigures() {
    }

    static CaseFilesReport of(LocalDate from, LocalDate to, List<CaseFile> files, OffsetDateTime now) {
        List<CaseFilesReport.StageCount> byStage = new ArrayList<>();
        for (FileStatus stage : FileStatus.values()) {
            List<Long> ages = files.stream().filter(f -> f.status() == stage).map(f -> age(f, now)).sorted().toList();
            byStage.add(new CaseFilesReport.StageCount(stage, ages.size(), median(ages),
                    ages.isEmpty() ? null : ages.get(ages.size() - 1)));
        }
        List<CaseFilesReport.ReturnLine> returns = new ArrayList<>();
        int filesReturned = 0;
        int requested = 0;
        List<Long> hours = new ArrayList<>();
        for (CaseFile file : files) {
            List<FileEvent> returned = file.events().stream().filter(e -> e.stage() == FileStatus.RETURNED).toList();
            filesReturned += returned.isEmpty() ? 0 : 1;
            returned.forEach(e -> returns.add(new CaseFilesReport.ReturnLine(file.reference(), e.at(), e.by(), e.note())));
            Optional<FileEvent> request = file.events().stream().filter(e -> e.stage() == FileStatus.SUBMITTED_TO_CPS).findFirst();
            if (request.isPresent()) {
                requested++;
                file.events().stream().filter(e -> e.stage() == FileStatus.CHARGING_DECISION && !e.at().isBefore(request.get().at()))
                        .findFirst().ifPresent(d -> hours.add(Duration.between(request.get().at(), d.at()).toHours()));
            }
        }
        List<Long> sorted = hours.stream().sorted().toList();
        return new CaseFilesReport(from, to, files.size(), byStage, returns.size(), filesReturned, returns, requested,
                sorted.size(), median(sorted), sorted.isEmpty() ? null : sorted.get(sorted.size() - 1), requested - sorted.size());
    }

    static long age(CaseFile file, OffsetDateTime now) {
        return FileTime.days(file.openedAt(), file.status() == FileStatus.OUTCOME ? file.stageSince() : now);
    }

    /** The median of sorted values (the lower middle one when there are two), or null when there are none. */
    static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }
}

package org.peelrms.missingpersons.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peelrms.missingpersons.api.CaseStatus;
import org.peelrms.missingpersons.api.MissingPersonsReport;
import org.peelrms.missingpersons.api.RiskLevel;

/** The missing persons report's figures, worked out from the period's cases: a pure function, tested on known data. */
final class ReportFigures {
    private ReportFigures() {
    }

    static MissingPersonsReport of(LocalDate from, LocalDate to, List<MissingCase> cases, OffsetDateTime now) {
        List<MissingPersonsReport.LevelCount> byLevel = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            int n = (int) cases.stream().filter(c -> c.riskLevel() == level).count();
            if (n > 0 || !level.legacy()) {
                byLevel.add(new MissingPersonsReport.LevelCount(level, n));
            }
        }
        List<Long> toGrading = new ArrayList<>();
        List<Long> toFind = new ArrayList<>();
        int reviews = 0;
        int late = 0;
        int overdue = 0;
        for (MissingCase c : cases) {
            if (c.firstGradedAt() != null) {
                toGrading.add(Math.max(0, Duration.between(c.reportedAt(), c.firstGradedAt()).toMinutes()));
            }
            if (c.ending().foundAt() != null) {
                toFind.add(Math.max(0, Duration.between(c.lastSeenAt(), c.ending().foundAt()).toMinutes()));
            }
            for (RiskGrading g : c.gradings()) {
                if (g.answeredAReview()) {
                    reviews++;
                    late += g.late() ? 1 : 0;
                }
            }
            if (c.status() == CaseStatus.MISSING && c.nextReviewDue() != null && c.nextReviewDue().isBefore(now)) {
                overdue++;
            }
        }
        List<Long> people = cases.stream().map(MissingCase::personId).toList();
        return new MissingPersonsReport(from, to, cases.size(), byLevel,
                (int) cases.stream().filter(c -> c.firstGradedAt() == null).count(), median(toGrading),
                toGrading.stream().max(Long::compare).orElse(null), reviews, late, overdue, toFind.size(),
                median(toFind), (int) cases.stream().filter(c -> c.status() == CaseStatus.MISSING).count(),
                RepeatMissing.repeatPersons(people), RepeatMissing.repeatCases(people));
    }

    /** The median in whole minutes (the lower middle of an even count); null for none. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}

package org.peelrms.crime.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peelrms.crime.api.IntegrityReport;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.RiskLevel;

/**
 * Works out the crime data integrity report's figures from the facts of the reports received in a
 * period. Pure arithmetic, so that it can be checked against a known data set:
 * <ul>
 * <li>recording rate: reports recorded as crime over reports received;</li>
 * <li>time to recording: from the time of report to the recording decision; median, and the 90th
 * percentile by nearest rank (the smallest time that at least 90% of recorded reports were within);</li>
 * <li>within 24 hours: the share of recorded reports decided within 24 hours (24 h 00 min counts as within);</li>
 * <li>unresolved: reports still open, and of those, past 24 hours now;</li>
 * <li>risk assessment rate: domestic-abuse reports assessed, over domestic-abuse reports; referral rate:
 * high-risk reports referred to a MARAC, over high-risk reports (a rate over nothing is 0).</li>
 * </ul>
 */
final class IntegrityFigures {
    private IntegrityFigures() {
    }

    static IntegrityReport of(LocalDate from, LocalDate to, OffsetDateTime now, List<ReportFact> facts,
            List<IntegrityReport.Removal> removals) {
        List<ReportFact> recorded = facts.stream().filter(f -> f.status() == ReportStatus.RECORDED).toList();
        List<ReportFact> closed = facts.stream().filter(f -> f.status() == ReportStatus.CLOSED_NON_CRIME).toList();
        List<ReportFact> open = facts.stream().filter(f -> f.status() == ReportStatus.OPEN).toList();
        List<Duration> times = recorded.stream()
                .map(f -> Duration.between(f.reportedAt().toInstant(), f.decidedAt().toInstant())).sorted().toList();
        long within = recorded.stream().filter(f -> RecordingClock.withinLimit(f.reportedAt(), f.decidedAt())).count();
        long overdue = open.stream().filter(f -> !RecordingClock.withinLimit(f.reportedAt(), now)).count();
        List<ReportFact> domestic = facts.stream().filter(ReportFact::domesticAbuse).toList();
        long assessed = domestic.stream().filter(f -> f.riskLevel() != null).count();
        List<ReportFact> high = domestic.stream().filter(f -> f.riskLevel() == RiskLevel.HIGH).toList();
        long referred = high.stream().filter(ReportFact::referred).count();
        return new IntegrityReport(from, to, now, facts.size(), recorded.size(),
                facts.stream().mapToLong(ReportFact::crimes).sum(), rate(recorded.size(), facts.size()),
                median(times), percentile(times, 90), rate(within, recorded.size()), open.size(), overdue,
                closed.size(), closed.stream().filter(ReportFact::lookedLikeCrime).count(),
                closed.stream().sorted(Comparator.comparing(ReportFact::reportedAt))
                        .map(f -> new IntegrityReport.NonCrimeClosure(f.id(), f.reportedAt(), f.lookedLikeCrime(),
                                f.nonCrimeRationale(), f.decidedBy(), f.decidedAt())).toList(),
                removals, domestic.size(), assessed, rate(assessed, domestic.size()), high.size(), referred,
                rate(referred, high.size()), months(facts));
    }

    /** The first moment of the period: midnight UK time at the start of its first day. */
    static OffsetDateTime start(LocalDate from) {
        return from.atStartOfDay(RecordingClock.UK).toOffsetDateTime();
    }

    /** The first moment after the period: midnight UK time at the end of its last day. */
    static OffsetDateTime end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(RecordingClock.UK).toOffsetDateTime();
    }

    static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The median in hours; the mean of the middle two for an even count; null for none. */
    static Double median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? hours(sorted.get(middle))
                : (hours(sorted.get(middle - 1)) + hours(sorted.get(middle))) / 2;
    }

    /** The p-th percentile in hours by nearest rank; null for none. */
    static Double percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return hours(sorted.get(Math.max(rank, 1) - 1));
    }

    private static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }

    private static List<IntegrityReport.Month> months(List<ReportFact> facts) {
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (ReportFact fact : facts) {
            long[] c = counts.computeIfAbsent(YearMonth.from(fact.reportedAt().atZoneSameInstant(RecordingClock.UK)),
                    m -> new long[5]);
            c[0]++;
            if (fact.status() == ReportStatus.RECORDED) {
                c[RecordingClock.withinLimit(fact.reportedAt(), fact.decidedAt()) ? 1 : 2]++;
            } else if (fact.status() == ReportStatus.CLOSED_NON_CRIME) {
                c[3]++;
            } else {
                c[4]++;
            }
        }
        List<IntegrityReport.Month> months = new ArrayList<>();
        counts.forEach((month, c) -> months.add(new IntegrityReport.Month(month, c[0], c[1], c[2], c[3], c[4])));
        return months;
    }
}

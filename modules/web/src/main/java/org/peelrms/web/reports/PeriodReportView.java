package org.peelrms.web.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * What the four period report pages (crime data integrity, PACE compliance, missing persons, case files) share, as
 * their REST resources share {@code rest/PeriodReportResource}: a period (the last twelve months by default), the
 * report produced by its module for it (refused input shown as a message), and times in UK time.
 *
 * @param <R> the module's report
 */
public abstract class PeriodReportView<R> implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate from = LocalDate.now(UkTime.UK).minusMonths(12).plusDays(1);
    private LocalDate to = LocalDate.now(UkTime.UK);
    private R report;

    /** The module's report for the period (audited by the module). */
    protected abstract R reportFor(LocalDate first, LocalDate last);

    public void produce() {
        try {
            report = reportFor(from, to);
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public String show(OffsetDateTime at) {
        return UkTime.show(at);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public R getReport() {
        return report;
    }
}

package org.peelrms.audit.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportRequest;

/** Collects an audit report's rows and bars, then makes the report; rows past the limit are counted, not kept. */
final class ReportTable {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<String, Long> bars = new LinkedHashMap<>();
    private boolean truncated;

    ReportTable(String... columns) {
        this.columns = List.of(columns);
    }

    void row(Object... cells) {
        if (rows.size() >= AuditReport.MAX_ROWS) {
            truncated = true;
            return;
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        rows.add(List.copyOf(row));
    }

    void count(String bar, long value) {
        bars.merge(bar, value, Long::sum);
    }

    int size() {
        return rows.size();
    }

    AuditReport report(AuditReportRequest request, String chartTitle, String producedBy, int maxBars) {
        List<AuditReport.Bar> chart = bars.entrySet().stream().limit(maxBars)
                .map(e -> new AuditReport.Bar(e.getKey(), e.getValue())).toList();
        return new AuditReport(request.kind(), request.kind().title(), request.from(), request.to(), request.filters(),
                columns, List.copyOf(rows), truncated, chartTitle, chart, OffsetDateTime.now(), producedBy);
    }
}

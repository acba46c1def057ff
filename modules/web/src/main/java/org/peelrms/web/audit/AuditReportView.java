package org.peelrms.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peelrms.audit.api.AuditReport;
import org.peelrms.audit.api.AuditReportKind;
import org.peelrms.audit.api.AuditReportRequest;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * The page of one audit report ({@code /audit/report.xhtml?report=failed-sign-ins}): the period
 * (the last 30 days by default) and the report's filters, then its chart, its table, and links to
 * the same report as CSV and PDF.
 */
@Named
@ViewScoped
public class AuditReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FlaggedAuditReports reports;

    private String report = AuditReportKind.PERSON_ACCESS.slug();
    private LocalDate from = LocalDate.now(UkTime.UK).minusDays(29);
    private LocalDate to = LocalDate.now(UkTime.UK);
    private String person;
    private String user;
    private String address;
    private Integer threshold = AuditReportRequest.DEFAULT_THRESHOLD;
    private String hours;
    private AuditReport produced;
    private String exportQuery;

    public void produce() {
        try {
            AuditReportRequest request = new AuditReportRequest(getKind(), from, to, person, user, address, threshold,
                    hours);
            produced = reports.produce(request);
            exportQuery = query(request);
        } catch (InvalidInput e) {
            produced = null;
            Messages.error(e.getMessage());
        }
    }

    /** The report named in the address; an unknown or missing name shows the first report. */
    public AuditReportKind getKind() {
        try {
            return AuditReportKind.fromSlug(report);
        } catch (InvalidInput e) {
            return AuditReportKind.PERSON_ACCESS;
        }
    }

    public List<AuditReportKind> getKinds() {
        return List.of(AuditReportKind.values());
    }

    /** The table's column positions, for p:columns. */
    public List<Integer> getColumnIndexes() {
        return produced == null ? List.of() : IntStream.range(0, produced.columns().size()).boxed().toList();
    }

    /** Chart.js configuration for p:chart: one bar per label, written with proper JSON escaping. */
    public String getChart() {
        if (produced == null) {
            return "{}";
        }
        boolean overTime = produced.kind() == AuditReportKind.FAILED_SIGN_INS;
        String labels = produced.chart().stream().map(b -> ChartJson.string(b.label())).collect(Collectors.joining(","));
        String values = produced.chart().stream().map(b -> Long.toString(b.value())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + ChartJson.string(produced.chartTitle()) + ",\"backgroundColor\":\"#1565c0\",\"data\":[" + values
                + "]}]},\"options\":{\"responsive\":true,\"indexAxis\":\"" + (overTime ? "x" : "y")
                + "\",\"plugins\":{\"legend\":{\"display\":false}},"
                + "\"scales\":{\"x\":{\"ticks\":{\"precision\":0}},\"y\":{\"ticks\":{\"precision\":0}}}}}";
    }

    public String getExportQuery() {
        return exportQuery;
    }

    private static String query(AuditReportRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", request.from());
        parameters.put("to", request.to());
        parameters.put("person", request.personId());
        parameters.put("user", request.username());
        parameters.put("address", request.clientAddress());
        if (request.kind() == AuditReportKind.UNUSUAL_ACTIVITY) {
            parameters.put("threshold", request.threshold());
            parameters.put("hours", request.outOfHours());
        }
        return parameters.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().toString().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue().toString().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
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

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public AuditReport getProduced() {
        return produced;
    }
}

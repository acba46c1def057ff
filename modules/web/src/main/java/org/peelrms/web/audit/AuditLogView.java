package org.peelrms.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEntries;
import org.peelrms.audit.api.AuditEntryView;
import org.peelrms.audit.api.AuditQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The auditors' page: filter the log by user, record and period, a page of entries at a time. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @EJB
    private AuditEntries entries;

    private String username;
    private String recordType;
    private String recordId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntryView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, entries.count(query()));
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return entries.find(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }
    };

    AuditQuery query() {
        return new AuditQuery(username, recordType, recordId, action, from, to);
    }

    public LazyDataModel<AuditEntryView> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
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
}

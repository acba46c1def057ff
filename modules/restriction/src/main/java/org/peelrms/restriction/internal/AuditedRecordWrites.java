package org.peelrms.restriction.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.peelrms.audit.api.AuditAction;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.RecordRef;
import org.peelrms.restriction.api.Access;
import org.peelrms.restriction.api.Change;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Restrictions;

/**
 * The write step (ADR 0052): the check of a write by id and the write's audit entry, in one place. Open to every
 * caller; the record module has checked the caller's role already. Entries are the ones the modules wrote by hand
 * before, field for field, so the hash chain and the histories read them as ever.
 */
@Stateless
@PermitAll
public class AuditedRecordWrites implements RecordWrites {

    @EJB
    private Restrictions restrictions;

    @EJB
    private AuditTrail audit;

    @Override
    public <T> T existing(RecordRef record, T found, String noSuch) {
        if (found == null || !visible(record)) {
            throw new InvalidInput(noSuch);
        }
        return found;
    }

    @Override
    public boolean visible(RecordRef record) {
        return access(record) != Access.HIDDEN;
    }

    @Override
    public boolean restrictedToCaller(RecordRef record) {
        return access(record) == Access.ALLOWED;
    }

    @Override
    public void created(RecordRef record, Change change) {
        write(AuditAction.CREATE, record.type().name(), record.id(), change);
    }

    @Override
    public void changed(RecordRef record, Change change) {
        write(AuditAction.CHANGE, record.type().name(), record.id(), change);
    }

    @Override
    public void created(String kind, Object id, Change change) {
        write(AuditAction.CREATE, kind, id, change);
    }

    @Override
    public void changed(String kind, Object id, Change change) {
        write(AuditAction.CHANGE, kind, id, change);
    }

    @Override
    public void deleted(String kind, Object id, Change change) {
        write(AuditAction.DELETE, kind, id, change);
    }

    private Access access(RecordRef record) {
        return restrictions.access(record.type().name(), record.id());
    }

    private void write(AuditAction action, String kind, Object id, Change change) {
        audit.record(new AuditEvent(action, kind, String.valueOf(id), change.summary(), null, null, null,
                change.fields(), change.names()).because(change.reason()));
    }
}

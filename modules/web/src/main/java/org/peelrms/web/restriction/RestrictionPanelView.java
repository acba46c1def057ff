package org.peelrms.web.restriction;

import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.web.shell.Messages;

/**
 * The "Restricted" banner on a record page (for those allowed to see it) and the panel where a
 * supervisor restricts the record or lifts its restriction.
 */
@Named
@ViewScoped
public class RestrictionPanelView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private RestrictionDesk desk;

    private RestrictionView current;
    private boolean read;
    private String users;
    private String groups;
    private RestrictionCategory category;
    private String reason;
    private String liftReason;

    /** The restriction on the record, if any (read once a view). */
    public RestrictionView on(String recordType, long recordId) {
        if (!read && recordId > 0) {
            current = desk.on(recordType, recordId).orElse(null);
            read = true;
        }
        return current;
    }

    public void restrict(String recordType, long recordId) {
        try {
            desk.restrict(recordType, recordId, category, reason, RestrictionDesk.split(users),
                    RestrictionDesk.split(groups));
            Messages.info("Restricted. Only the users and groups named (and you) can now find or open this record.");
            read = false;
            reason = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void lift() {
        try {
            desk.lift(current.id(), liftReason);
            Messages.info("The restriction is lifted.");
            read = false;
            current = null;
            liftReason = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public RestrictionCategory[] getCategories() {
        return RestrictionCategory.values();
    }

    public String getUsers() {
        return users;
    }

    public void setUsers(String users) {
        this.users = users;
    }

    public String getGroups() {
        return groups;
    }

    public void setGroups(String groups) {
        this.groups = groups;
    }

    public RestrictionCategory getCategory() {
        return category;
    }

    public void setCategory(RestrictionCategory category) {
        this.category = category;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}

package org.peelrms.web.restriction;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.restriction.api.NewRestriction;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.restriction.api.Restrictions;
import org.peelrms.web.shell.Messages;

/**
 * The "Restricted" banner on a record page (for those allowed to see it) and the panel where a
 * supervisor restricts the record or lifts its restriction.
 */
@Named
@ViewScoped
public class RestrictionPanelView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Restrictions restrictions;

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
            current = restrictions.on(recordType, recordId).orElse(null);
            read = true;
        }
        return current;
    }

    public void restrict(String recordType, long recordId) {
        try {
            restrictions.restrict(new NewRestriction(recordType, recordId, category, reason, split(users), split(groups)));
            Messages.info("Restricted. Only the users and groups named (and you) can now find or open this record.");
            read = false;
            reason = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void lift() {
        try {
            restrictions.lift(current.id(), liftReason);
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

    /** "a, b; c" as the names a, b and c. */
    public static List<String> split(String names) {
        return names == null ? List.of() : Arrays.stream(names.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
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

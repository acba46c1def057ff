package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.restriction.api.AccessGroupView;
import org.peelrms.restriction.api.AccessGroups;
import org.peelrms.restriction.api.RestrictableRecords;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.restriction.api.SensitiveOptions;
import org.peelrms.web.restriction.RestrictionDesk;
import org.peelrms.web.shell.Messages;

/**
 * The administrators' page of restricted records: restricting a record by its kind and number, the
 * restrictions in force (those the administrator made listed first; each can be lifted),
 * the access groups and their members, and which name search options are sensitive.
 */
@Named
@ViewScoped
public class RestrictionsAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private RestrictionDesk desk;

    @EJB
    private AccessGroups groups;

    @EJB
    private SensitiveOptions options;

    private List<RestrictionView> inForce;
    private List<AccessGroupView> allGroups;
    private List<String> sensitive;
    private long toLift;
    private String liftReason;
    private String groupName;
    private String groupDescription;
    private String memberGroup;
    private String memberUsername;
    private String recordType;
    private Long recordId;
    private String users;
    private String groupsAllowed;
    private RestrictionCategory category;
    private String reason;

    public List<RestrictionView> getInForce() {
        if (inForce == null) {
            inForce = desk.inForce();
        }
        return inForce;
    }

    public List<AccessGroupView> getGroups() {
        if (allGroups == null) {
            allGroups = groups.all();
        }
        return allGroups;
    }

    public List<String> getOptions() {
        return NameSearch.OPTIONS;
    }

    public List<String> getSensitive() {
        if (sensitive == null) {
            sensitive = new ArrayList<>(options.sensitive(SensitiveOptions.NAME_SEARCH));
        }
        return sensitive;
    }

    public void setSensitive(List<String> sensitive) {
        this.sensitive = sensitive;
    }

    /**
     * Restricts a record named by its kind and number, as a supervisor does from the record's page
     * (administrators cannot open records, so they name them here); the users and groups are required
     * (the restriction module refuses a record restricted to the administrator alone).
     */
    public void restrict() {
        act(() -> desk.restrict(recordType, recordId == null ? 0 : recordId, category, reason,
                RestrictionDesk.split(users), RestrictionDesk.split(groupsAllowed)),
                "Restricted: " + RestrictableRecords.label(recordType) + " " + recordId + ".");
    }

    /** The restrictions in force that the signed-in administrator made. */
    public List<RestrictionView> getMine() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return getInForce().stream().filter(r -> r.restrictedBy().equals(me)).toList();
    }

    public List<String> getRecordTypes() {
        return RestrictableRecords.ALL;
    }

    public String recordTypeLabel(String type) {
        return RestrictableRecords.label(type);
    }

    public RestrictionCategory[] getCategories() {
        return RestrictionCategory.values();
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public String getUsers() {
        return users;
    }

    public void setUsers(String users) {
        this.users = users;
    }

    public String getGroupsAllowed() {
        return groupsAllowed;
    }

    public void setGroupsAllowed(String groupsAllowed) {
        this.groupsAllowed = groupsAllowed;
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

    public void lift() {
        act(() -> desk.lift(toLift, liftReason), "Restriction " + toLift + " lifted.");
    }

    public void createGroup() {
        act(() -> groups.create(groupName, groupDescription), "Group " + groupName + " opened.");
    }

    public void addMember() {
        act(() -> groups.addMember(memberGroup, memberUsername), memberUsername + " added to " + memberGroup + ".");
    }

    public void removeMember() {
        act(() -> groups.removeMember(memberGroup, memberUsername), memberUsername + " taken out of " + memberGroup + ".");
    }

    public void saveSensitive() {
        List<String> wanted = List.copyOf(getSensitive());
        act(() -> {
            var now = options.sensitive(SensitiveOptions.NAME_SEARCH);
            for (String option : NameSearch.OPTIONS) {
                if (wanted.contains(option) != now.contains(option)) {
                    options.mark(SensitiveOptions.NAME_SEARCH, option, wanted.contains(option));
                }
            }
        }, "Saved: searching by " + (wanted.isEmpty() ? "no option" : String.join(", ", wanted)) + " now asks for a reason.");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            inForce = null;
            allGroups = null;
            sensitive = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public long getToLift() {
        return toLift;
    }

    public void setToLift(long toLift) {
        this.toLift = toLift;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getGroupDescription() {
        return groupDescription;
    }

    public void setGroupDescription(String groupDescription) {
        this.groupDescription = groupDescription;
    }

    public String getMemberGroup() {
        return memberGroup;
    }

    public void setMemberGroup(String memberGroup) {
        this.memberGroup = memberGroup;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }
}

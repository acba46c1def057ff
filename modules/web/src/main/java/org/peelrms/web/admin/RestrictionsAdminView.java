package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.restriction.api.AccessGroupView;
import org.peelrms.restriction.api.AccessGroups;
import org.peelrms.restriction.api.RestrictionView;
import org.peelrms.restriction.api.Restrictions;
import org.peelrms.restriction.api.SensitiveOptions;
import org.peelrms.web.shell.Messages;

/**
 * The administrators' page of restricted records: the restrictions in force (each can be lifted),
 * the access groups and their members, and which name search options are sensitive.
 */
@Named
@ViewScoped
public class RestrictionsAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Restrictions restrictions;

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

    public List<RestrictionView> getInForce() {
        if (inForce == null) {
            inForce = restrictions.inForce();
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

    public void lift() {
        act(() -> restrictions.lift(toLift, liftReason), "Restriction " + toLift + " lifted.");
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

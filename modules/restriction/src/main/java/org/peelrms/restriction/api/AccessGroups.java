package org.peelrms.restriction.api;

import java.util.List;

/** Named access groups ("Major Investigation Team") and their members; administrators maintain them. */
public interface AccessGroups {

    List<AccessGroupView> all();

    /** Opens a group; returns its id. */
    long create(String name, String description);

    void addMember(String groupName, String username);

    void removeMember(String groupName, String username);
}

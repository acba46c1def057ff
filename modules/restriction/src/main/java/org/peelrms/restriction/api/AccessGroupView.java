package org.peelrms.restriction.api;

import java.io.Serializable;
import java.util.List;

/** An access group and its members' user names. */
public record AccessGroupView(long id, String name, String description, List<String> members) implements Serializable {
}

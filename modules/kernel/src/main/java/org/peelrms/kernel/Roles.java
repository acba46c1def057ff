package org.peelrms.kernel;

import java.util.List;

/**
 * The six roles of Peel, as names for {@code @RolesAllowed}, web.xml and the account table.
 * What each role may do is documented in docs/access-model.md.
 */
public final class Roles {
    public static final String OFFICER = "OFFICER";
    public static final String CUSTODY_OFFICER = "CUSTODY_OFFICER";
    public static final String INVESTIGATOR = "INVESTIGATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order they are listed to users. */
    public static final List<String> ALL = List.of(OFFICER, CUSTODY_OFFICER, INVESTIGATOR, SUPERVISOR, AUDITOR, ADMIN);

    private Roles() {
    }
}

package org.peelrms.kernel;

import java.util.List;

/**
 * The roles of Peel, as names for {@code @RolesAllowed}, web.xml and the account table.
 * What each role may do is documented in docs/access-model.md.
 */
public final class Roles {
    public static final String OFFICER = "OFFICER";
    public static final String CUSTODY_OFFICER = "CUSTODY_OFFICER";
    public static final String INVESTIGATOR = "INVESTIGATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    /**
     * Service accounts that search and read the people index and change nothing (name-search evaluations):
     * the name search and a person's record, nothing else (ADR 0026).
     */
    public static final String READ_ONLY = "READ_ONLY";

    /** Every role, in the order they are listed to users. */
    public static final List<String> ALL = List.of(OFFICER, CUSTODY_OFFICER, INVESTIGATOR, SUPERVISOR, AUDITOR, ADMIN,
            READ_ONLY);

    private Roles() {
    }
}

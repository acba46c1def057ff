package org.peelrms.restriction.api;

/** What the caller may do with one record. */
public enum Access {
    /** Not restricted: the record's own rules apply. */
    OPEN,
    /** Restricted, and the caller is on its list: they may open it, giving a reason. */
    ALLOWED,
    /** Restricted, and the caller is not on its list: to them the record does not exist. */
    HIDDEN
}

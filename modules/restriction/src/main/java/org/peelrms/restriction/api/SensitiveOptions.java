package org.peelrms.restriction.api;

import java.util.Collection;
import java.util.Set;

/**
 * Search options an administrator marks sensitive: a search that uses one asks for a reason, which
 * the search's audit entry keeps. The options are named by the module that owns the search (the name
 * search's are listed in {@code NameSearch.OPTIONS}); shipped default: the name search's {@code marks}.
 */
public interface SensitiveOptions {
    /** The name search of the people index. */
    String NAME_SEARCH = "name-search";

    /** The options of this search that are marked sensitive. */
    Set<String> sensitive(String search);

    /** Marks an option sensitive or not; administrators only; audited. */
    void mark(String search, String option, boolean sensitive);

    /**
     * Throws {@link ReasonRequired} when the options used include a sensitive one and no reason is
     * given; returns the sensitive options used (empty when none).
     */
    Set<String> justify(String search, Collection<String> optionsUsed, String reason);
}

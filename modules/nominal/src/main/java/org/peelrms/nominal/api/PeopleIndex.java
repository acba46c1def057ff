package org.peelrms.nominal.api;

import java.util.List;
import java.util.Optional;

/**
 * Finding people. Every search and every view is written to the audit log.
 * (The full phonetic, alias and date-of-birth tolerant search is issue 3; this is its first cut.)
 */
public interface PeopleIndex {

    /** People whose current or other names match the words typed, best first, at most {@code limit}. */
    List<PersonSummary> search(String text, int limit);

    /** One person, for their page; the view is audited. */
    Optional<PersonSummary> view(long id);

    /** How many people are on file. */
    long count();
}

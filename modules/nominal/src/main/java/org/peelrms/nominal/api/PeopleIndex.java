package org.peelrms.nominal.api;

import java.util.List;

/**
 * Finding people: by name with every slip an officer meets (sound-alike spellings, typing errors,
 * aliases, nicknames, transliterations, names the other way round, date-of-birth slips), ranked and
 * explained, credible matches only. Every search is written to the audit log.
 */
public interface PeopleIndex {

    /**
     * People who may be the one described, best first, each with why they matched.
     *
     * @throws org.peelrms.kernel.InvalidInput when the surname is missing or the limit is out of range
     */
    List<PersonHit> find(NameSearch search);

    /**
     * The same, with the user's reason for the search: needed when the search uses an option an
     * administrator marked sensitive ({@link NameSearch#optionsUsed()}), else
     * {@link org.peelrms.restriction.api.ReasonRequired}. The audit entry keeps it. Restricted people
     * the caller is not allowed to see are never found.
     */
    List<PersonHit> find(NameSearch search, String reason);

    /**
     * The same search from one line as an officer types it: "SMYTH John 12/03/1985",
     * "john smyth 1985", "Smyth, J".
     *
     * @throws org.peelrms.kernel.InvalidInput when the line holds no name
     */
    List<PersonHit> find(String line, int limit);

    /** The same from one typed line, with the user's reason (see {@link #find(NameSearch, String)}). */
    List<PersonHit> find(String line, int limit, String reason);

    /** How many people are on file as records of their own (people merged into another are not counted). */
    long count();
}

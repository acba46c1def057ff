package org.peelrms.missingpersons.internal;

import java.time.OffsetDateTime;
import java.util.Set;
import org.peelrms.missingpersons.api.NewMissingReport;
import org.peelrms.missingpersons.api.Vulnerability;

/** Cases for the rule tests, built through the same constructors and methods the services use. */
final class Cases {
    static final OffsetDateTime LAST_SEEN = OffsetDateTime.parse("2026-06-10T16:00:00+01:00");
    static final OffsetDateTime REPORTED = LAST_SEEN.plusHours(5);
    static final Intervals INTERVALS = Intervals.defaults();

    private Cases() {
    }

    static Stamp at(String user, OffsetDateTime when) {
        return new Stamp(user, when);
    }

    static MissingCase adult() {
        return report(42L, Set.of(), false);
    }

    static MissingCase child() {
        return report(43L, Set.of(Vulnerability.LOOKED_AFTER_CHILD), false);
    }

    static MissingCase report(long personId, Set<Vulnerability> vulnerabilities, boolean under18) {
        return new MissingCase(new NewMissingReport(personId, null, "Mary Smith (mother)", "07700 900123", REPORTED,
                LAST_SEEN, "Preston bus station", "Did not come home after college.", "Slim; black coat, blue jeans.",
                vulnerabilities, null, "Her aunt's house in Chorley"), "Jo SMITH", under18, "Mary Smith (mother)",
                at("officer", REPORTED.plusMinutes(2)));
    }
}

package org.peelrms.missingpersons.api;

import java.util.List;

/** The review interval of each risk level: everyone reads them, administrators set them (audited). */
public interface ReviewIntervals {

    List<ReviewIntervalView> all();

    /**
     * Sets the interval for a level, from 15 minutes to 30 days. Open cases keep the review already
     * scheduled; the new interval applies from their next grading.
     */
    void set(RiskLevel level, int minutes);
}

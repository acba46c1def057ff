package org.peelrms.custody.api;

import java.time.Duration;

/** Durations as custody staff read them: "5 h 20 min". */
public final class Durations {
    private Durations() {
    }

    public static String show(Duration duration) {
        Duration d = duration.abs();
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}

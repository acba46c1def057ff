package org.peelrms.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The clock the modules stamp records with, while demo data loads: the system clock, except on the
 * thread that is writing a demo record "at" a past moment ({@link #at}). It replaces the kernel's
 * {@code RecordClock} (a CDI alternative) only in a build that has this module, so a production build has no
 * way to write a record at a time other than now (ADR 0051). Other threads (timers, requests) always
 * see the system's time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Dependent
public class DemoClock extends Clock {
    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();
    private final ZoneId zone;

    public DemoClock() {
        this(ZoneOffset.UTC);
    }

    private DemoClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Runs {@code work} with this thread's clock reading {@code when}, and puts the clock back after. */
    public static <T> T at(OffsetDateTime when, Supplier<T> work) {
        Instant before = MOMENT.get();
        MOMENT.set(when.toInstant());
        try {
            return work.get();
        } finally {
            if (before == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = MOMENT.get();
        return moment == null ? Instant.now() : moment;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoClock(other);
    }
}

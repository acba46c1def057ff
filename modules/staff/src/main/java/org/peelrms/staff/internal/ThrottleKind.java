package org.peelrms.staff.internal;

import java.time.Duration;

/**
 * The three ways failed sign-ins are counted, each with the failures it lets through before it holds back, and the
 * longest it holds back. The {@code free}-th failure in a row brings a wait of {@link #FIRST_WAIT}, and each failure
 * after it doubles the wait, up to {@code ceiling}. Failures are forgotten an hour after the last one.
 */
enum ThrottleKind {
    /** One account from one address: someone guessing one person's password. */
    ACCOUNT_AT_ADDRESS(5, Duration.ofMinutes(15)),
    /**
     * One address, whatever the account: someone trying many accounts. A police station behind one address makes
     * typing slips of many people, so it lets many through before it holds the address back.
     */
    ADDRESS(100, Duration.ofMinutes(15)),
    /**
     * One account from anywhere: guessing from many addresses. Its ceiling is short on purpose: a stranger can make
     * the account's holder wait at most this long between attempts, never lock them out.
     */
    ACCOUNT(10, Duration.ofMinutes(1));

    static final Duration MEMORY = Duration.ofHours(1);
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);

    private final int free;
    private final Duration ceiling;

    ThrottleKind(int free, Duration ceiling) {
        this.free = free;
        this.ceiling = ceiling;
    }

    /** How long no password is checked after this many failures in a row. */
    Duration holdAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }

    /** The subject counted for this user name and address. */
    String subject(String username, String address) {
        return switch (this) {
            case ACCOUNT_AT_ADDRESS -> username + " from " + address;
            case ADDRESS -> address;
            case ACCOUNT -> username;
        };
    }
}

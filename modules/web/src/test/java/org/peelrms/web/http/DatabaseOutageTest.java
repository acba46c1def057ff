package org.peelrms.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInTheCauses_isAnOutage() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("query failed", new RuntimeException(refused))))
                .isTrue();
    }

    @Test
    void aCommitThatFailedBecauseThePostmasterDied_isAnOutage() {
        // As the transaction manager reports it: a rollback whose cause is elsewhere, the connection's death suppressed.
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        Exception local = new Exception("IJ001156: Could not commit local transaction");
        local.initCause(new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        rollback.addSuppressed(local);
        assertThat(DatabaseOutage.causedBy(new RuntimeException(rollback))).isTrue();
    }

    @Test
    void aFaultOfPeelsOwn_orABadStatement_isNot() {
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }
}

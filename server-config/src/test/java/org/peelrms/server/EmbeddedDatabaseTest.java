package org.peelrms.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's database keeps what it acknowledged through a machine crash; tests may trade that for speed. */
class EmbeddedDatabaseTest {

    @Test
    void theRunCommandsDatabaseSyncsEveryCommitToDisk(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"), 0,
                EmbeddedDatabase.Durability.DURABLE)) {
            assertEquals("on", database.setting("fsync"));
            assertEquals("on", database.setting("synchronous_commit"));
            assertEquals("on", database.setting("full_page_writes"));
        }
    }

    @Test
    void aThrowAwayDatabaseKeepsTheFastTestSettings(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"), 0,
                EmbeddedDatabase.Durability.THROW_AWAY)) {
            assertEquals("off", database.setting("fsync"));
            assertEquals("off", database.setting("synchronous_commit"));
        }
    }
}

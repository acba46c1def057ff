package org.peelrms.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peelrms.server.EmbeddedDatabase;

/** The system properties a benchmark's WildFly gets: Peel on this embedded database, with demo data. */
final class PeelSettings {

    private PeelSettings() {
    }

    /** Demo accounts and this many demo people (0 for none), the people index in {@code index}. */
    static Map<String, String> withDemoData(EmbeddedDatabase database, Path index, int demoPeople) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("peel.db.url", database.jdbcUrl());
        properties.put("peel.db.user", EmbeddedDatabase.USER);
        properties.put("peel.db.password", EmbeddedDatabase.USER);
        properties.put("peel.demo", "true");
        properties.put("peel.demo.persons", Integer.toString(demoPeople));
        properties.put("peel.index.directory", index.toString());
        return properties;
    }
}

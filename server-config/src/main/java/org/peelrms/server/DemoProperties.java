package org.peelrms.server;

import java.util.Map;

/** The system properties of a Peel that loads the demo data on its first start: what the run commands start. */
final class DemoProperties {

    private DemoProperties() {
    }

    /**
     * Demo data on, for {@code peel.demo.persons} people (10,000 unless given). The first start writes the demo
     * records through the modules' APIs while Peel deploys (ADR 0051), which takes longer than the 300 s WildFly
     * waits for a deployment by default, so that wait grows with the size asked for.
     */
    static Map<String, String> of() {
        String persons = System.getProperty("peel.demo.persons", "10000");
        return Map.of("peel.demo", "true", "peel.demo.persons", persons,
                "jboss.as.management.blocking.timeout", String.valueOf(300 + Integer.parseInt(persons.strip()) / 10));
    }
}

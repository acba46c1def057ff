package org.peelrms.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR exactly as the build made it, for Arquillian to deploy, and where the test WildFly answers:
 * ports 8080 and 9990, moved by {@code -Dpeel.it.port.offset=N} (so a running Peel, or a second test run
 * on the same machine, can be left alone).
 */
public final class PeelDeployment {
    private static final int OFFSET = Integer.getInteger("peel.it.port.offset", 0);
    public static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/peel/";
    /** Peel over HTTPS, where configure-tls.cli has set it up. */
    public static final String TLS_BASE = "https://localhost:" + (8443 + OFFSET) + "/peel/";
    /** WildFly's management interface: health, readiness and metrics. */
    public static final String MANAGEMENT = "http://localhost:" + (9990 + OFFSET) + "/";
    /** The Origin header a browser sends with a request from Peel's own pages. */
    public static final String ORIGIN = "http://localhost:" + (8080 + OFFSET);

    private PeelDeployment() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("peel.ear")));
    }
}

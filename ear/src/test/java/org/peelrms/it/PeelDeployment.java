package org.peelrms.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build made it, for Arquillian to deploy. */
public final class PeelDeployment {
    public static final String BASE = "http://localhost:8080/peel/";
    /** The Origin header a browser sends with a request from Peel's own pages. */
    public static final String ORIGIN = "http://localhost:8080";

    private PeelDeployment() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("peel.ear")));
    }
}

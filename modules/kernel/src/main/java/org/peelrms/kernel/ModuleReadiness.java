package org.peelrms.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every module's {@link ReadinessProbe} is up. WildFly's MicroProfile Health only sees
 * checks in the EAR's lib/, not in its modules, so this one check finds the modules' probes through
 * their global JNDI names ({@code java:global/<app>/<module>/<bean>!org.peelrms.kernel.ReadinessProbe})
 * and reports each by name. Dependent-scoped, so it is made (and learns the application's name)
 * while the deployment starts, not later on the management thread where java:app is not bound.
 */
@Readiness
@Dependent
public class ModuleReadiness implements HealthCheck {
    private static final String SUFFIX = "!" + ReadinessProbe.class.getName();

    @Resource(lookup = "java:app/AppName")
    private String application;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("peel-modules").up();
        try {
            List<ReadinessProbe> probes = probes();
            if (probes.isEmpty()) {
                return response.down().withData("error", "no module probes found").build();
            }
            for (ReadinessProbe probe : probes) {
                ReadinessProbe.Result result = probe.check();
                response.withData(probe.name(), (result.up() ? "UP: " : "DOWN: ") + result.detail());
                if (!result.up()) {
                    response.down();
                }
            }
        } catch (NamingException | RuntimeException e) {
            response.down().withData("error", String.valueOf(e.getMessage()));
        }
        return response.build();
    }

    private List<ReadinessProbe> probes() throws NamingException {
        InitialContext naming = new InitialContext();
        String root = "java:global/" + application;
        List<ReadinessProbe> probes = new ArrayList<>();
        for (NameClassPair module : list(naming, root)) {
            for (NameClassPair binding : list(naming, root + "/" + module.getName())) {
                if (binding.getName().endsWith(SUFFIX)) {
                    probes.add((ReadinessProbe) naming.lookup(root + "/" + module.getName() + "/" + binding.getName()));
                }
            }
        }
        return probes;
    }

    private static List<NameClassPair> list(InitialContext naming, String name) throws NamingException {
        List<NameClassPair> entries = new ArrayList<>();
        NamingEnumeration<NameClassPair> listing = naming.list(name);
        while (listing.hasMore()) {
            entries.add(listing.next());
        }
        return entries;
    }
}

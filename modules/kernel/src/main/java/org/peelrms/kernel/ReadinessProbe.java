package org.peelrms.kernel;

/**
 * A module's own readiness, e.g. the people search index answering. A module offers one as a
 * stateless EJB whose business interface is this one; {@link ModuleReadiness} finds them all by
 * their global JNDI names and reports them at WildFly's /health/ready.
 */
public interface ReadinessProbe {

    /** What is checked, e.g. "people-search-index". */
    String name();

    /** Checks now; never throws. */
    Result check();

    /** Up or down, with what an operator should read, e.g. "10000 people indexed". */
    record Result(boolean up, String detail) {
    }
}

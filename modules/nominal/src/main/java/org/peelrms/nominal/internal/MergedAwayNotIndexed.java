package org.peelrms.nominal.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * A person merged into another (ADR 0045) is not a search result of their own: Hibernate Search's conditional
 * indexing leaves them out of the index (and takes them out when the merge happens, puts them back when it is
 * undone). The same on any backend, and for the mass indexer.
 */
public class MergedAwayNotIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("mergedInto");
        context.bridge(Person.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Person> {
        @Override
        public void route(DocumentRoutes routes, Object id, Person person, RoutingBridgeRouteContext context) {
            if (person.mergedInto() == null) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Person person, RoutingBridgeRouteContext context) {
            routes.addRoute(); // the person may have been indexed before: remove the document if it is no longer wanted
        }
    }
}

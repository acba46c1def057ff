package org.peelrms.custody.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.custody.api.RightNotYetGiven;
import org.peelrms.kernel.Require;

/**
 * The rule for rights when detention is authorised (PACE Code C, section 3; ADR 0028): the custody
 * officer states each of the three rights, as told (with what the person said) or not yet told (with
 * why); none may be left out, none stated twice. A booking that leaves one out is refused, so that no
 * record shows rights nobody confirmed, or none at all.
 */
final class RightsAtBookingIn {
    private RightsAtBookingIn() {
    }

    static void requireEachStatedOnce(List<RightGiven> given, List<RightNotYetGiven> notYet) {
        Set<Entitlement> stated = EnumSet.noneOf(Entitlement.class);
        for (RightGiven right : given) {
            Require.present(right, "One of the rights given is empty.");
            state(stated, Require.present(right.entitlement(), "Say which right was given."));
        }
        for (RightNotYetGiven right : notYet) {
            Require.present(right, "One of the rights not yet given is empty.");
            state(stated, Require.present(right.entitlement(), "Say which right could not yet be given."));
        }
        Set<Entitlement> missing = EnumSet.allOf(Entitlement.class);
        missing.removeAll(stated);
        Require.that(missing.isEmpty(), "Say for each right whether the person was told of it (and what they said)"
                + " or why not yet. Not stated: " + missing.stream().map(Entitlement::label)
                .collect(Collectors.joining("; ")) + ".");
    }

    private static void state(Set<Entitlement> stated, Entitlement entitlement) {
        Require.that(stated.add(entitlement), "The right \"" + entitlement.label() + "\" is stated twice: say it once,"
                + " as told or as not yet told.");
    }
}

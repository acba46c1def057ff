package org.peelrms.restriction.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A restriction as it is shown: on the record's own page (to those allowed) and to administrators. */
public record RestrictionView(long id, String recordType, long recordId, RestrictionCategory category, String reason,
        List<String> users, List<String> groups, String restrictedBy, OffsetDateTime restrictedAt) implements Serializable {
}

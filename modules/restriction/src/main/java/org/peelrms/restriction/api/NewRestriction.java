package org.peelrms.restriction.api;

import java.util.List;

/**
 * A record to restrict and who may still see it. The user who restricts it is always added to the
 * users (ADR 0019), so a restriction never locks out the person who made it.
 *
 * @param recordType one of {@link RestrictableRecords#ALL}
 * @param recordId   the record's id in its module
 * @param category   why, in a force's words
 * @param reason     the reason in full (kept, and on the audit log)
 * @param users      user names who may see the record
 * @param groups     access group names whose members may see the record
 */
public record NewRestriction(String recordType, long recordId, RestrictionCategory category, String reason,
        List<String> users, List<String> groups) {
}

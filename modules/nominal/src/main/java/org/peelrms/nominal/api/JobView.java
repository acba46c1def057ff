package org.peelrms.nominal.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A background job (an import of people, a rebuild of the index) as its progress page and
 * {@code GET /api/v1/jobs/{id}} show it.
 *
 * @param status   RUNNING, FINISHED or FAILED
 * @param total    how many rows (or people) there are to do, when known
 * @param done     how many have been dealt with so far
 * @param problems the rows refused, each with its line number and the reason
 */
public record JobView(long id, String kind, String status, String startedBy, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, long total, long done, long created, long updated, long rejected,
        List<String> problems) {

    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}

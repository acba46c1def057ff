package org.peelrms.custody.api;

import java.time.OffsetDateTime;

/**
 * A correction of an entry: a new entry of the same kind that points at the one it corrects, which
 * stays on the record as it was written.
 *
 * @param text       the corrected text (null keeps the text of the entry corrected)
 * @param occurredAt the corrected time (null keeps the time of the entry corrected)
 * @param reason     why the entry is corrected; required
 */
public record Correction(String text, OffsetDateTime occurredAt, String reason) {
}

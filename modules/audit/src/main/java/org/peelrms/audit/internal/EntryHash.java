package org.peelrms.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.peelrms.audit.api.FieldChange;

/**
 * The one place that says what an entry's hash covers: SHA-256 over its chain position, the previous
 * entry's hash and every field of its content, changes and a search's result ids included, in a fixed
 * order (an entry without result ids hashes as it did before they were kept). Each value is
 * written with its length, so no two different entries have the same text to hash. A field added to
 * the entry must be added here, and only here.
 */
final class EntryHash {
    /** The "previous hash" of the first entry in the chain. */
    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    static String of(AuditEntry entry, List<FieldChange> changes, List<String> resultRecordIds, List<String> names) {
        Canonical text = new Canonical()
                .add("v1")
                .add(entry.chainPosition())
                .add(entry.previousHash())
                .add(entry.occurredAt() == null ? null : entry.occurredAt().toInstant())
                .add(entry.username())
                .add(entry.action() == null ? null : entry.action().name())
                .add(entry.recordType())
                .add(entry.recordId())
                .add(entry.summary())
                .add(entry.reason())
                .add(entry.resultCount())
                .add(entry.clientAddress())
                .add(changes.size());
        for (FieldChange change : changes) {
            text.add(change.field()).add(change.oldValue()).add(change.newValue());
        }
        if (!resultRecordIds.isEmpty()) {
            text.add("results").add(resultRecordIds.size());
            resultRecordIds.forEach(text::add);
        }
        if (!names.isEmpty()) {
            text.add("names").add(names.size());
            names.forEach(text::add);
        }
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Values one after another, each as its length, a colon and its text; a missing value as "~". */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder(256);

        Canonical add(Object value) {
            if (value == null) {
                text.append('~');
            } else {
                String s = value.toString();
                text.append(s.length()).append(':').append(s);
            }
            text.append('|');
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

package org.pathway.governance.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Computes the SHA-256 link of the audit hash chain. */
final class AuditHasher {

    /** The previous hash of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    static String hash(String previousHash, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String detail, String clientAddress) {
        StringBuilder canonical = new StringBuilder(256)
                .append(previousHash).append('\u001f')
                .append(occurredAt).append('\u001f')
                .append(actor).append('\u001f')
                .append(action).append('\u001f')
                .append(nullToEmpty(recordType)).append('\u001f')
                .append(nullToEmpty(recordId)).append('\u001f')
                .append(nullToEmpty(detail)).append('\u001f')
                .append(nullToEmpty(clientAddress));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

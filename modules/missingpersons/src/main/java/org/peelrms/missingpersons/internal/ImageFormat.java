package org.peelrms.missingpersons.internal;

import java.util.Optional;

/**
 * What kind of image some bytes are, judged from the bytes themselves (their signature), never from a
 * file name or a content type the sender claims. Only JPEG and PNG are accepted.
 */
final class ImageFormat {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageFormat() {
    }

    /** {@code image/jpeg} or {@code image/png}, or empty for anything else. */
    static Optional<String> of(byte[] content) {
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content == null || content.length <= signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

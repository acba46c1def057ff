package org.peelrms.missingpersons.api;

/**
 * A photograph of the missing person as given: the image's bytes (JPEG or PNG, at most 5 MiB) and
 * what it shows and when it was taken, in the officer's words.
 */
public record NewPhotograph(byte[] content, String description) {
}

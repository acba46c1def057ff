package org.peelrms.casefile.api;

/**
 * What is written on a form. {@code personId}: the witness (MG11) or the person interviewed (MG15), on the
 * people index; none for the other forms. For MG6C and MG6D each line of the text is one item of the
 * schedule ("description | where it is kept", and for MG6D " | why it is sensitive").
 */
public record FormText(Form form, Long personId, String text) {
}

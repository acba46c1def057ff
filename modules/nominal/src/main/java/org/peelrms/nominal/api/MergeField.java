package org.peelrms.nominal.api;

/**
 * The details of a person that can only have one value, so a merge that finds them different asks the reviewer which
 * to keep (names never conflict: the merged-away names become other names of the survivor).
 */
public enum MergeField {
    DATE_OF_BIRTH, SEX, HEIGHT, PNC_ID
}

package org.peelrms.nominal.internal.duplicates;

/**
 * Two people the finder takes for one, the lower id first: the match weight, the probability it stands
 * for, and why, in words.
 */
public record PossiblePair(long firstId, long secondId, double weight, double probability, String explanation) {
}

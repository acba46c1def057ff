package org.peelrms.nominal.internal.duplicates;

/**
 * Two people the finder takes for one, the lower id first: the evidence of their fields (bits, the prior left
 * out: what the queue's threshold judges), the match weight (the evidence with the prior), the probability it
 * stands for, and why, in words.
 */
public record PossiblePair(long firstId, long secondId, double evidence, double weight, double probability, String explanation) {
}

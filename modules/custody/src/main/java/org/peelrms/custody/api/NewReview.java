package org.peelrms.custody.api;

/**
 * A review of detention (PACE s. 40), recorded by the reviewing officer themselves.
 *
 * @param rank               the reviewing officer's rank: inspector or above before charge
 * @param notInvolved        the officer confirms they have not been directly involved in the investigation
 * @param continueDetention  whether detention is to continue; if not, the custody officer releases the person
 * @param grounds            the grounds of the decision, with any representations made
 * @param postponementReason when the review is later than it was due: the reason for postponing it (s. 40(4))
 */
public record NewReview(Rank rank, boolean notInvolved, boolean continueDetention, String grounds,
        String postponementReason) {
}

package org.peelrms.crime.api;

/**
 * The only reasons a recorded crime may be removed (the Home Office Crime Recording Rules, section C),
 * each needing its evidence and a designated decision maker's approval. The record is kept, marked.
 */
public enum CancellationReason {
    TRANSFERRED("Committed outside this force's area: transferred to another force", true),
    NO_CRIME("Additional verifiable information shows no notifiable crime took place", false),
    DUPLICATE("A duplicate of a crime already recorded, or part of one", false),
    RECORDED_IN_ERROR("Recorded in error: not a notifiable crime", false);

    private final String label;
    private final boolean transfer;

    CancellationReason(String label, boolean transfer) {
        this.label = label;
        this.transfer = transfer;
    }

    public String label() {
        return label;
    }

    /** True for a transfer to another force (which then names the force). */
    public boolean transfer() {
        return transfer;
    }
}

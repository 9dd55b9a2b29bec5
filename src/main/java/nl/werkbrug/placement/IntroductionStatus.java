package nl.werkbrug.placement;

/** Where a request for an introduction stands. */
public enum IntroductionStatus {
    /** Asked by the employer; the jobhunter has not yet acted. */
    REQUESTED,
    /** The jobhunter puts it to the candidate, who decides whether the employer may know who they are. */
    PROPOSED_TO_CANDIDATE,
    /** The jobhunter declined it, with a note the employer reads. */
    DECLINED,
    /** The employer took it back. */
    WITHDRAWN,
    /** The candidate agreed: the employer now sees their name and contact details, until they withdraw it. */
    ACCEPTED,
    /** The candidate said no; the employer learns nothing about them. */
    REFUSED;

    /** Whether the request still waits for someone: the jobhunter or the candidate. */
    public boolean open() {
        return this == REQUESTED || this == PROPOSED_TO_CANDIDATE;
    }
}

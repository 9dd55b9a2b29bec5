package nl.werkbrug.placement;

/** Where an employer's request for an introduction stands. */
public enum IntroductionStatus {
    /** Asked by the employer; the jobhunter has not yet acted. */
    REQUESTED,
    /** The jobhunter puts it to the candidate, who decides whether the employer may know who they are. */
    PROPOSED_TO_CANDIDATE,
    /** The jobhunter declined it, with a note the employer reads. */
    DECLINED,
    /** The employer took it back. */
    WITHDRAWN
}

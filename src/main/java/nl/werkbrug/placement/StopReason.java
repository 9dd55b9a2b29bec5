package nl.werkbrug.placement;

/**
 * Why a track stopped: work-related reasons only, so that the funnel can show where and why people
 * drop out. Health, religion and other special categories of personal data never belong here.
 */
public enum StopReason {
    LANGUAGE, TRAVEL, PERMIT, EMPLOYER_DECLINED, CANDIDATE_DECLINED, SKILLS, AVAILABILITY, OTHER
}

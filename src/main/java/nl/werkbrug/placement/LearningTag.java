package nl.werkbrug.placement;

/** What a learning point is about: the themes the audit and the jobhunters name as helping or blocking. */
public enum LearningTag {
    LANGUAGE, LANGUAGE_SUPPORT_AT_WORK, BUDDY_OR_MENTOR, EMPLOYER_ATTITUDE, WORK_AND_CLASS_DAYS, TRAVEL, CHILDCARE,
    PERMIT, DIPLOMA_RECOGNITION, SKILLS_MATCH, HOUSING, NETWORK, DIGITAL_SKILLS, OTHER
}

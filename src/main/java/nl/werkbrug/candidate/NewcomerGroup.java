package nl.werkbrug.candidate;

/** The group a newcomer belongs to; it decides much of what they may do. */
public enum NewcomerGroup {
    ASYLUM_SEEKER, STATUS_HOLDER_WI2021, STATUS_HOLDER_WI2013, UKRAINIAN, OTHER
}

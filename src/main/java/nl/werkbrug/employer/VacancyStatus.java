package nl.werkbrug.employer;

/** Where a vacancy is in its life. */
public enum VacancyStatus {
    DRAFT, OPEN, PAUSED, CLOSED
}

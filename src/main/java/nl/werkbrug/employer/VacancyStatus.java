package nl.werkbrug.employer;

/**
 * Where a vacancy is in its life. {@code IN_REVIEW}: the fair-work check raised warnings and the
 * municipality reviews it before it is published; {@code REJECTED}: the municipality did not publish it; {@code SUSPENDED}: the municipality took it
 * offline after a signal of exploitation.
 */
public enum VacancyStatus {
    DRAFT, IN_REVIEW, OPEN, PAUSED, CLOSED, REJECTED, SUSPENDED
}

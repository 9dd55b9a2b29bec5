package nl.werkbrug.employer;

/** Published whenever a vacancy is created or changed. */
public record VacancyChanged(VacancyId vacancyId) {
}

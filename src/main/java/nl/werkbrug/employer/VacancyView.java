package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import org.jspecify.annotations.Nullable;

/** A vacancy as the API and the views show it. */
public record VacancyView(VacancyId id, EmployerId employerId, String title, String description, VacancyType type,
                          VacancyStatus status, String occupationUri, Set<String> essentialSkills,
                          Set<String> optionalSkills, CefrLevel dutchLevel, @Nullable Integer educationLevel,
                          int hoursMin, int hoursMax, Set<DayOfWeek> workDays, Set<DayOfWeek> languageDays,
                          UUID locationId, @Nullable BigDecimal hourlyWage, @Nullable LocalDate startDate,
                          int positions, boolean permitWilling, Set<Certificate> certificates, WorkTerms terms,
                          Set<String> otherLanguages, boolean languageSupport, @Nullable CefrLevel dutchLevelTarget,
                          List<String> reviewReasons, @Nullable String reviewNote, java.time.Instant createdAt) {
}

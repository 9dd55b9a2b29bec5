package nl.werkbrug.employer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy or placement as an employer writes it. Skills are ESCO skill URIs; certificates are the
 * certificates and licences the work requires; other languages are the ISO 639-1 codes of languages
 * used at work besides Dutch, so that a newcomer who speaks one of them can start with less Dutch.
 * For a dual trajectory the language days are the days reserved for learning Dutch, language support
 * says whether colleagues help with Dutch on the job, and the target is the Dutch level the
 * trajectory aims for, from {@code dutchLevel} at the start. API callers written before these three
 * existed may leave them out.
 */
public record VacancyDraft(@NotNull UUID employerId, @NotBlank @Size(max = 200) String title,
                           @Size(max = 20000) String description, @NotNull VacancyType type,
                           @NotBlank String occupationUri, Set<String> essentialSkills, Set<String> optionalSkills,
                           @NotNull CefrLevel dutchLevel, @Nullable @Min(0) @Max(8) Integer educationLevel,
                           @Min(0) @Max(60) int hoursMin, @Min(0) @Max(60) int hoursMax, Set<DayOfWeek> workDays,
                           Set<DayOfWeek> languageDays, @NotNull UUID locationId,
                           @Nullable @DecimalMin("0.00") BigDecimal hourlyWage, @Nullable LocalDate startDate,
                           @Positive int positions, boolean permitWilling, Set<Certificate> certificates,
                           @jakarta.validation.Valid @Nullable WorkTerms terms,
                           @Size(max = 20) Set<@Pattern(regexp = "[a-z]{2}") String> otherLanguages,
                           @JsonSetter(nulls = Nulls.AS_EMPTY) boolean languageSupport,
                           @Nullable CefrLevel dutchLevelTarget) {

    /** A vacancy with no other languages at work and, for a dual trajectory, no support or target level stated. */
    public VacancyDraft(UUID employerId, String title, String description, VacancyType type, String occupationUri,
                        Set<String> essentialSkills, Set<String> optionalSkills, CefrLevel dutchLevel,
                        @Nullable Integer educationLevel, int hoursMin, int hoursMax, Set<DayOfWeek> workDays,
                        Set<DayOfWeek> languageDays, UUID locationId, @Nullable BigDecimal hourlyWage,
                        @Nullable LocalDate startDate, int positions, boolean permitWilling,
                        Set<Certificate> certificates, @Nullable WorkTerms terms) {
        this(employerId, title, description, type, occupationUri, essentialSkills, optionalSkills, dutchLevel,
                educationLevel, hoursMin, hoursMax, workDays, languageDays, locationId, hourlyWage, startDate,
                positions, permitWilling, certificates, terms, Set.of(), false, null);
    }

    /** A vacancy with the given certificates and standard terms. */
    public VacancyDraft(UUID employerId, String title, String description, VacancyType type, String occupationUri,
                        Set<String> essentialSkills, Set<String> optionalSkills, CefrLevel dutchLevel,
                        @Nullable Integer educationLevel, int hoursMin, int hoursMax, Set<DayOfWeek> workDays,
                        Set<DayOfWeek> languageDays, UUID locationId, @Nullable BigDecimal hourlyWage,
                        @Nullable LocalDate startDate, int positions, boolean permitWilling,
                        Set<Certificate> certificates) {
        this(employerId, title, description, type, occupationUri, essentialSkills, optionalSkills, dutchLevel,
                educationLevel, hoursMin, hoursMax, workDays, languageDays, locationId, hourlyWage, startDate,
                positions, permitWilling, certificates, WorkTerms.STANDARD);
    }

    /** A vacancy that requires no certificate, on standard terms. */
    public VacancyDraft(UUID employerId, String title, String description, VacancyType type, String occupationUri,
                        Set<String> essentialSkills, Set<String> optionalSkills, CefrLevel dutchLevel,
                        @Nullable Integer educationLevel, int hoursMin, int hoursMax, Set<DayOfWeek> workDays,
                        Set<DayOfWeek> languageDays, UUID locationId, @Nullable BigDecimal hourlyWage,
                        @Nullable LocalDate startDate, int positions, boolean permitWilling) {
        this(employerId, title, description, type, occupationUri, essentialSkills, optionalSkills, dutchLevel,
                educationLevel, hoursMin, hoursMax, workDays, languageDays, locationId, hourlyWage, startDate,
                positions, permitWilling, Set.of());
    }

    public VacancyDraft {
        essentialSkills = essentialSkills == null ? Set.of() : Set.copyOf(essentialSkills);
        optionalSkills = optionalSkills == null ? Set.of() : Set.copyOf(optionalSkills);
        workDays = workDays == null ? Set.of() : Set.copyOf(workDays);
        languageDays = languageDays == null ? Set.of() : Set.copyOf(languageDays);
        certificates = certificates == null ? Set.of() : Set.copyOf(certificates);
        terms = terms == null ? new WorkTerms(null, 21, null, false, false, false) : terms;
        description = description == null ? "" : description;
        otherLanguages = otherLanguages == null ? Set.of() : otherLanguages.stream()
                .map(code -> code.strip().toLowerCase(Locale.ROOT)).filter(code -> !code.equals("nl"))
                .collect(Collectors.toUnmodifiableSet());
        if (hoursMin > hoursMax) {
            throw new IllegalArgumentException("minimum hours exceed maximum hours");
        }
    }
}

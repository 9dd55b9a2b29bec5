package nl.werkbrug.candidate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import org.jspecify.annotations.Nullable;

/**
 * A candidate profile as entered at intake. Languages are ISO 639 codes with a CEFR level; occupations
 * are ESCO occupation URIs with months of experience; skills are ESCO skill URIs; certificates are those the person holds; sources say,
 * per URI, where an item came from (left out: as recorded before, else entered by hand).
 */
public record CandidateDraft(@Valid @NotNull ContactDetails contact, @NotNull NewcomerGroup group,
                             @NotNull UUID locationId, @NotNull CefrLevel dutchLevel,
                             Map<String, CefrLevel> otherLanguages,
                             @Nullable @Min(0) @Max(8) Integer educationLevel,
                             Map<String, Integer> occupations, Set<String> skills,
                             Set<Certificate> certificates,
                             @Valid @NotNull Availability availability, @NotNull RightToWork rightToWork,
                             boolean matchingConsent, @Nullable LocalDate intakeDate,
                             @Nullable UUID userId, @Nullable UUID jobhunterId, Map<String, ItemSource> sources) {

    public CandidateDraft {
        otherLanguages = otherLanguages == null ? Map.of() : Map.copyOf(otherLanguages);
        occupations = occupations == null ? Map.of() : Map.copyOf(occupations);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        certificates = certificates == null ? Set.of() : Set.copyOf(certificates);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }
}

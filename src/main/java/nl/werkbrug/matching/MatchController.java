package nl.werkbrug.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.shared.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matches with their explanation in the caller's language ({@code Accept-Language}). */
@RestController
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_matching')")
class MatchController {

    record Factor(String name, double score, String text) {
    }

    record Match(String id, double score, List<Factor> factors, List<String> gaps, List<String> flags) {
    }

    record Matches(List<Match> matches) {
    }

    private final MatchService matches;
    private final Translations translations;

    MatchController(MatchService matches, Translations translations) {
        this.matches = matches;
        this.translations = translations;
    }

    @GetMapping("/api/v1/vacancies/{id}/matches")
    @Operation(summary = "Candidates for a vacancy, best first, anonymous, with the contribution of each factor, "
            + "gaps and flags")
    Matches candidatesFor(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit, Locale locale) {
        return new Matches(matches.candidatesFor(new VacancyId(id), limit).stream()
                .map(m -> new Match(m.candidateId(), round(m.score()), m.factors().stream()
                        .map(f -> new Factor(f.name(), round(f.score()),
                                translations.getTranslation("match.factor." + f.name(), locale)))
                        .toList(), m.gaps(), m.flags()))
                .toList());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

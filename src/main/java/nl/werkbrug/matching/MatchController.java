package nl.werkbrug.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.shared.UiLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matches both ways, best first, with their explanation in the caller's language
 * ({@code Accept-Language}): the contribution of each factor, the gaps, the flags and the steps
 * that would raise the score most. Candidates are anonymous: an ID, never a name or contact.
 */
@RestController
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_match')")
class MatchController {

    record Factor(String name, double score, String text) {
    }

    record Gap(String kind, String value, String text) {
    }

    record Flag(String code, String text) {
    }

    record Step(String kind, String value, double gain, String text) {
    }

    record Match(String id, double score, List<Factor> factors, List<Gap> gaps, List<Flag> flags, List<Step> steps,
                 @Nullable Integer distanceKm) {
    }

    record Matches(List<Match> matches) {
    }

    private final MatchService matches;
    private final MatchTexts texts;

    MatchController(MatchService matches, MatchTexts texts) {
        this.matches = matches;
        this.texts = texts;
    }

    @GetMapping("/api/v1/vacancies/{id}/matches")
    @Operation(summary = "Candidates for a vacancy, best first, anonymous, with the contribution of each factor, "
            + "gaps, flags and the steps that would raise the score most")
    Matches candidatesFor(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit,
                          @RequestParam(defaultValue = "0") int offset, Locale locale) {
        return answer(matches.candidatesFor(new VacancyId(id), MatchService.Filter.NONE, offset, limit), locale);
    }

    @GetMapping("/api/v1/candidates/{id}/matches")
    @Operation(summary = "Vacancies for a candidate, best first, with the contribution of each factor, gaps, "
            + "flags and the steps that would raise the score most")
    Matches vacanciesFor(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit,
                         @RequestParam(defaultValue = "0") int offset, Locale locale) {
        return answer(matches.vacanciesFor(new CandidateId(id), MatchService.Filter.NONE, offset, limit), locale);
    }

    private Matches answer(List<MatchService.Match> found, Locale locale) {
        UiLanguage language = UiLanguage.of(locale);
        return new Matches(found.stream().map(m -> new Match(m.id(), round(m.score()),
                m.factors().stream().map(f -> new Factor(f.name(), round(f.score()), texts.factor(f, language))).toList(),
                m.gaps().stream().map(g -> new Gap(g.kind(), g.value(), texts.gap(g, language))).toList(),
                m.flags().stream().map(f -> new Flag(f, texts.flag(f, language))).toList(),
                m.steps().stream().map(s -> new Step(s.kind(), s.value(), round(s.gain()), texts.step(s, language)))
                        .toList(),
                m.distanceKm())).toList());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

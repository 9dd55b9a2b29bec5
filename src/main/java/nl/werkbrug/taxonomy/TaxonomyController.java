package nl.werkbrug.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "ESCO occupations and skills")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_cv')")
class TaxonomyController {

    private final TaxonomyService taxonomy;
    private final SkillExtractor extractor;

    TaxonomyController(TaxonomyService taxonomy, SkillExtractor extractor) {
        this.taxonomy = taxonomy;
        this.extractor = extractor;
    }

    record OccupationHit(String uri, String label, String iscoCode, double score) {
    }

    record Occupations(List<OccupationHit> occupations) {
    }

    record SkillHit(String uri, String label, double score) {
    }

    record Skills(List<SkillHit> skills) {
    }

    record ExtractRequest(@NotBlank @Size(max = 100_000) String text, @Nullable String language,
                          @Nullable @Min(1) @Max(100) Integer limit) {
    }

    @GetMapping("/occupations/search")
    @Operation(summary = "ESCO occupations for a job title, best first; labels in the asked language where ESCO has them")
    Occupations searchOccupations(@RequestParam String q, @RequestParam(defaultValue = "nl") String lang,
                                  @RequestParam(defaultValue = "10") int limit) {
        return new Occupations(taxonomy.searchOccupations(q, lang, Math.clamp(limit, 1, 100)).stream()
                .map(m -> new OccupationHit(m.uri(), m.label(),
                        taxonomy.occupation(m.uri()).map(Occupation::iscoCode).orElse(""), m.score()))
                .toList());
    }

    @PostMapping("/skills/extract")
    @Operation(summary = "ESCO skills mentioned in a text, best first")
    Skills extract(@Valid @RequestBody ExtractRequest request) {
        String language = request.language() == null ? "en" : request.language();
        int limit = request.limit() == null ? 10 : request.limit();
        return new Skills(extractor.extract(request.text(), language, limit).stream()
                .map(s -> new SkillHit(s.uri(), s.label(), Math.round(s.score() * 1000) / 1000.0)).toList());
    }
}

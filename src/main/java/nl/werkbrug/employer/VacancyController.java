package nl.werkbrug.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Vacancies and placements")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_vacancies')")
class VacancyController {

    private final VacancyService service;
    private final JobPostings postings;

    VacancyController(VacancyService service, JobPostings postings) {
        this.service = service;
        this.postings = postings;
    }

    @GetMapping
    @Operation(summary = "Open vacancies and placements, newest first, by type, location and ESCO occupation")
    List<VacancyView> open(@RequestParam(required = false) VacancyType type,
                           @RequestParam(required = false) UUID location,
                           @RequestParam(required = false) String occupation,
                           @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
        return service.open(type, location, occupation, Math.max(offset, 0), Math.clamp(limit, 1, 500));
    }

    @GetMapping(value = "/jobpostings", produces = {"application/ld+json", "application/json"})
    @Operation(summary = "Open vacancies as schema.org JobPosting JSON-LD, with the same filters")
    List<java.util.Map<String, Object>> jobPostings(@RequestParam(required = false) VacancyType type,
                                                   @RequestParam(required = false) UUID location,
                                                   @RequestParam(required = false) String occupation,
                                                   @RequestParam(defaultValue = "0") int offset,
                                                   @RequestParam(defaultValue = "50") int limit,
                                                   jakarta.servlet.http.HttpServletRequest request) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .toUriString();
        return service.open(type, location, occupation, Math.max(offset, 0), Math.clamp(limit, 1, 500)).stream()
                .map(v -> postings.of(v, base)).toList();
    }

    @GetMapping(value = "/{id}/jobposting", produces = {"application/ld+json", "application/json"})
    @Operation(summary = "One open vacancy as schema.org JobPosting JSON-LD")
    java.util.Map<String, Object> jobPosting(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .toUriString();
        var vacancy = service.get(new VacancyId(id));
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw new nl.werkbrug.shared.NotFoundException("vacancy", id);
        }
        return postings.of(vacancy, base);
    }

    @GetMapping("/{id}")
    VacancyView get(@PathVariable UUID id) {
        return service.get(new VacancyId(id));
    }

    @PostMapping
    @Operation(summary = "Post a vacancy or placement for one's own organisation")
    ResponseEntity<VacancyView> post(@Valid @RequestBody VacancyDraft draft) {
        var created = service.post(draft);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + created.id().value())).body(created);
    }
}

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

    VacancyController(VacancyService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Open vacancies and placements, newest first")
    List<VacancyView> open(@RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
        return service.open(Math.max(offset, 0), Math.clamp(limit, 1, 500));
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

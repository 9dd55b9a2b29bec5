package nl.werkbrug.candidate;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Candidates")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_candidates')")
class CandidateController {

    private final CandidateService service;

    CandidateController(CandidateService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The candidates this account works with (jobhunters, administrators)")
    List<CandidateSummary> list(@RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        return service.caseload(Math.max(offset, 0), Math.clamp(limit, 1, 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One candidate's profile; access is checked and logged")
    CandidateProfile get(@PathVariable UUID id) {
        return service.profile(new CandidateId(id));
    }

    @PostMapping
    @Operation(summary = "Register a candidate at intake")
    ResponseEntity<CandidateProfile> register(@Valid @RequestBody CandidateDraft draft) {
        var created = service.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + created.id().value())).body(created);
    }

    @PutMapping("/{id}")
    CandidateProfile update(@PathVariable UUID id, @Valid @RequestBody CandidateDraft draft) {
        return service.update(new CandidateId(id), draft);
    }
}

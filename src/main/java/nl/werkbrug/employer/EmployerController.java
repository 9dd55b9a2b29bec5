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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_employers')")
class EmployerController {

    private final EmployerService service;

    EmployerController(EmployerService service) {
        this.service = service;
    }

    @GetMapping
    List<EmployerView> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    EmployerView get(@PathVariable UUID id) {
        return service.get(new EmployerId(id));
    }

    @PostMapping
    @Operation(summary = "Register an employer (municipality, administrator)")
    ResponseEntity<EmployerView> register(@Valid @RequestBody NewEmployer employer) {
        var created = service.register(employer);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + created.id().value())).body(created);
    }
}

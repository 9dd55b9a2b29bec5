package nl.werkbrug.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and locations")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_organisations')")
class OrganisationController {

    private final OrganisationService service;

    OrganisationController(OrganisationService service) {
        this.service = service;
    }

    @GetMapping("/organisations")
    @Operation(summary = "All organisations: municipalities, social services, COA and employers")
    List<OrganisationView> organisations() {
        return service.organisations();
    }

    @GetMapping("/organisations/{id}")
    OrganisationView organisation(@PathVariable UUID id) {
        return service.organisation(new OrganisationId(id)).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @PostMapping("/organisations")
    ResponseEntity<OrganisationView> register(@Valid @RequestBody NewOrganisation organisation) {
        var created = service.register(organisation);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id().value())).body(created);
    }

    @GetMapping("/locations")
    @Operation(summary = "All locations: azc's and municipalities, with coordinates")
    List<LocationView> locations() {
        return service.locations();
    }

    @GetMapping("/locations/{id}")
    LocationView location(@PathVariable UUID id) {
        return service.location(new LocationId(id)).orElseThrow(() -> new NotFoundException("location", id));
    }

    @PostMapping("/locations")
    ResponseEntity<LocationView> register(@Valid @RequestBody NewLocation location) {
        var created = service.register(location);
        return ResponseEntity.created(URI.create("/api/v1/locations/" + created.id().value())).body(created);
    }
}

package nl.werkbrug.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network of inclusive employers through the API: the same listed, approved employers and
 * commitments the directory shows. Needs a token with the {@code employers} scope, like the rest of
 * what the API tells about employers; nothing in it is personal data.
 */
@RestController
@RequestMapping("/api/v1/network")
@Tag(name = "Employer network")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_employers')")
class NetworkController {

    private final EmployerNetwork network;

    NetworkController(EmployerNetwork network) {
        this.network = network;
    }

    @GetMapping("/employers")
    @Operation(summary = "Listed employers of the network with their commitments; q searches name, sector, place "
            + "and description, every commitment given must be met, sector must match")
    List<NetworkEntry> employers(@RequestParam(defaultValue = "") String q,
                                 @RequestParam(name = "commitment", required = false) @Nullable Set<Commitment> commitments,
                                 @RequestParam(required = false) @Nullable String sector) {
        return network.directory(new NetworkQuery(q, commitments == null ? Set.of() : commitments, sector));
    }
}

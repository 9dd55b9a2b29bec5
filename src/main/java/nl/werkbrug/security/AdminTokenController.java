package nl.werkbrug.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/tokens")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_admin')")
class AdminTokenController {

    private final ApiTokenService tokens;
    private final UserService users;

    AdminTokenController(ApiTokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A token to create for an account; the answer holds its secret, shown only this once. */
    record TokenRequest(@NotBlank String username, @NotBlank @Size(max = 100) String name,
                        @NotEmpty Set<ApiScope> scopes, @Nullable Instant expiresAt) {
    }

    record CreatedToken(String token) {
    }

    @GetMapping
    List<ApiTokenSummary> list() {
        return tokens.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token for an account (administrators)")
    CreatedToken create(@Valid @RequestBody TokenRequest request) {
        UserId owner = users.findId(request.username()).orElseThrow(() -> new NotFoundException("account",
                request.username()));
        return new CreatedToken(tokens.create(owner, request.name(), EnumSet.copyOf(request.scopes()),
                request.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(id);
    }
}

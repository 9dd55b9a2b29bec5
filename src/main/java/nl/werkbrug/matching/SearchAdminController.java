package nl.werkbrug.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/search")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_admin')")
class SearchAdminController {

    private final SearchRebuild rebuild;

    SearchAdminController(SearchRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild the candidate and vacancy indices from PostgreSQL without downtime")
    SearchRebuild.Report rebuild() {
        return rebuild.rebuildAll();
    }
}

package nl.werkbrug.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An organisation to register. */
public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull OrganisationType type,
                              @Nullable @Size(max = 100) String municipality) {
}

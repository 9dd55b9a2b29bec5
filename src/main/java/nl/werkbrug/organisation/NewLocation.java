package nl.werkbrug.organisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A location to register. */
public record NewLocation(@NotBlank @Size(max = 200) String name, @NotNull LocationType type,
                          @NotBlank @Size(max = 100) String municipality,
                          @DecimalMin("-90") @DecimalMax("90") double latitude,
                          @DecimalMin("-180") @DecimalMax("180") double longitude,
                          @Nullable UUID organisationId, @Nullable @PositiveOrZero Integer capacity) {
}

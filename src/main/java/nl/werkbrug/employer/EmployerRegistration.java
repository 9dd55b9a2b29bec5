package nl.werkbrug.employer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An employer registering itself: the organisation, its Chamber of Commerce (KvK) number — eight
 * digits —, sector, municipality and workplaces, the contact person, and the account the contact
 * person signs in with. The privacy statement must be accepted.
 */
public record EmployerRegistration(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\d{8}") String kvkNumber,
        @NotBlank @Size(max = 100) String sector,
        @NotBlank @Size(max = 100) String municipality,
        @NotEmpty Set<UUID> locationIds,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Nullable @Pattern(regexp = "[0-9 +()-]{6,40}") String contactPhone,
        @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotBlank @Size(min = 12, max = 200) String password,
        @AssertTrue boolean privacyAccepted) {

    public EmployerRegistration {
        kvkNumber = kvkNumber == null ? "" : kvkNumber.replaceAll("[\\s.]", "");
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
    }
}

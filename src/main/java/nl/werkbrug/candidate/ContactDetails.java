package nl.werkbrug.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Personal contact details: never used for matching, shown to an employer only after consent. */
public record ContactDetails(@NotBlank @Size(max = 100) String givenName, @Nullable @Size(max = 100) String familyName,
                             @Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 50) String phone) {
}

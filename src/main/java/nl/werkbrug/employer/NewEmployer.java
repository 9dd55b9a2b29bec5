package nl.werkbrug.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An employer to register; the Chamber of Commerce (KvK) number has eight digits. */
public record NewEmployer(@NotBlank @Size(max = 200) String name, @Nullable @Pattern(regexp = "\\d{8}") String kvkNumber,
                          @NotBlank @Size(max = 100) String sector, @Nullable @Size(max = 100) String municipality,
                          @Nullable @Size(max = 200) String contactName,
                          @Nullable @Email @Size(max = 200) String contactEmail) {
}

package nl.werkbrug.employer;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An employer as the API and other modules see it. */
public record EmployerView(EmployerId id, UUID organisationId, String name, @Nullable String kvkNumber,
                           String sector, EmployerStatus status) {
}

package nl.werkbrug.organisation;

import org.jspecify.annotations.Nullable;

/** An organisation as other modules and the API see it. */
public record OrganisationView(OrganisationId id, String name, OrganisationType type, @Nullable String municipality) {
}

package nl.werkbrug.organisation;

import org.jspecify.annotations.Nullable;

/** A location as other modules and the API see it. */
public record LocationView(LocationId id, String name, LocationType type, String municipality, GeoPoint point,
                           @Nullable OrganisationId organisation, @Nullable Integer capacity) {
}

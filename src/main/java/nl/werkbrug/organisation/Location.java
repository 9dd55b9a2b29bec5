package nl.werkbrug.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
class Location {

    @Id
    private UUID id = UUID.randomUUID();
    private String name = "";
    @Enumerated(EnumType.STRING)
    private LocationType type = LocationType.AZC;
    private String municipality = "";
    private double latitude;
    private double longitude;
    private @Nullable UUID organisationId;
    private @Nullable Integer capacity;

    protected Location() {
    }

    Location(NewLocation values) {
        this.name = values.name().trim();
        this.type = values.type();
        this.municipality = values.municipality().trim();
        this.latitude = values.latitude();
        this.longitude = values.longitude();
        this.organisationId = values.organisationId();
        this.capacity = values.capacity();
    }

    LocationView view() {
        return new LocationView(new LocationId(id), name, type, municipality, new GeoPoint(latitude, longitude),
                organisationId == null ? null : new OrganisationId(organisationId), capacity);
    }
}

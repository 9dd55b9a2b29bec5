package nl.werkbrug.organisation;

/** A new location was registered; published once the registration is committed. */
public record LocationRegistered(LocationId id) {
}

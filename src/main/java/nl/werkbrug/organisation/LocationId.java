package nl.werkbrug.organisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a location: an azc or a municipality. */
public record LocationId(@JsonValue UUID value) {
}

package nl.werkbrug.employer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an event of the employer network. */
public record NetworkEventId(@JsonValue UUID value) {
}

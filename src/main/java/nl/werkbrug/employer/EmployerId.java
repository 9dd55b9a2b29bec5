package nl.werkbrug.employer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an employer. */
public record EmployerId(@JsonValue UUID value) {
}

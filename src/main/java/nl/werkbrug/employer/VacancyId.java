package nl.werkbrug.employer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a vacancy or placement. */
public record VacancyId(@JsonValue UUID value) {
}

package nl.werkbrug.organisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an organisation. */
public record OrganisationId(@JsonValue UUID value) {
}

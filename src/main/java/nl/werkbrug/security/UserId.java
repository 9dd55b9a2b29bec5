package nl.werkbrug.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a user account. */
public record UserId(@JsonValue UUID value) {

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

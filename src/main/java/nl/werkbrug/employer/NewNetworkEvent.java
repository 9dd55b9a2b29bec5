package nl.werkbrug.employer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * An event the municipality announces to the network. {@code languages} are the languages spoken
 * there besides Dutch (ISO 639 codes), so that a newcomer knows whether someone will understand them.
 */
public record NewNetworkEvent(String title, EventKind kind, LocalDate date, LocalTime time, String place,
                              String description, Set<String> languages) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public NewNetworkEvent {
        title = title.strip();
        place = place.strip();
        description = description.strip();
        languages = Set.copyOf(languages);
    }
}

package nl.werkbrug.employer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A signal as the municipality sees it: never who reported it when they asked to stay anonymous. */
public record SignalView(UUID id, @Nullable VacancyId vacancyId, @Nullable EmployerId employerId,
                         SignalCategory category, String description, boolean anonymous, String reporterRole,
                         String language, SignalStatus status, @Nullable String outcome,
                         @Nullable String inspectorateReference, Instant createdAt, List<Note> notes) {

    /** A reviewer's note. */
    public record Note(String author, String text, Instant at) {
    }
}

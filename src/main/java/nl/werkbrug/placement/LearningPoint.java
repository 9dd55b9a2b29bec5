package nl.werkbrug.placement;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import org.jspecify.annotations.Nullable;

/**
 * A short, anonymous lesson from a route to work: what helped or blocked, tagged, with the month, the
 * location, the group, the kind of work and the stage the track had reached. It names no candidate
 * and no track.
 */
public record LearningPoint(UUID id, YearMonth month, LearningEffect effect, Set<LearningTag> tags,
                            @Nullable String text, @Nullable VacancyType kind, RouteStage outcome,
                            NewcomerGroup group, UUID locationId) {
}

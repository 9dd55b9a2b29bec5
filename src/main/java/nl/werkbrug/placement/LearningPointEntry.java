package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import org.jspecify.annotations.Nullable;

/** One stored learning point; see {@link LearningPoint}. No column refers to a candidate or a track. */
@Entity
@Table(name = "learning_point")
class LearningPointEntry {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID locationId = new UUID(0, 0);
    @Enumerated(EnumType.STRING)
    private NewcomerGroup newcomerGroup = NewcomerGroup.OTHER;
    @Enumerated(EnumType.STRING)
    private @Nullable VacancyType trackKind;
    @Enumerated(EnumType.STRING)
    private RouteStage outcome = RouteStage.SUGGESTED;
    @Enumerated(EnumType.STRING)
    private LearningEffect effect = LearningEffect.HELPED;
    private String tags = "";
    private @Nullable String text;
    private LocalDate recordedMonth = LocalDate.EPOCH;
    private UUID recordedBy = new UUID(0, 0);
    private Instant recordedAt = Instant.EPOCH;

    protected LearningPointEntry() {
    }

    LearningPointEntry(LearningPoint point, UUID recordedBy, Instant recordedAt) {
        this.id = point.id();
        this.locationId = point.locationId();
        this.newcomerGroup = point.group();
        this.trackKind = point.kind();
        this.outcome = point.outcome();
        this.effect = point.effect();
        this.tags = point.tags().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.text = point.text();
        this.recordedMonth = point.month().atDay(1);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    LearningEffect effect() {
        return effect;
    }

    Set<LearningTag> tags() {
        var found = EnumSet.noneOf(LearningTag.class);
        Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).map(LearningTag::valueOf).forEach(found::add);
        return found;
    }

    LearningPoint view() {
        return new LearningPoint(id, YearMonth.from(recordedMonth), effect, tags(), text, trackKind, outcome,
                newcomerGroup, locationId);
    }
}

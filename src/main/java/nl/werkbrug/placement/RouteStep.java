package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One dated step of a track: when it happened, who recorded it, and an optional note. */
@Entity
@Table(name = "route_step")
class RouteStep {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID trackId = new UUID(0, 0);
    @Enumerated(EnumType.STRING)
    private RouteStage stage = RouteStage.SUGGESTED;
    private LocalDate happenedOn = LocalDate.EPOCH;
    private UUID recordedBy = new UUID(0, 0);
    private Instant recordedAt = Instant.EPOCH;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    private @Nullable StopReason stopReason;
    private @Nullable Instant interviewAt;
    private @Nullable String interviewPlace;

    protected RouteStep() {
    }

    RouteStep(UUID trackId, RouteStage stage, LocalDate happenedOn, UUID recordedBy, Instant recordedAt,
              @Nullable String note) {
        this.trackId = trackId;
        this.stage = stage;
        this.happenedOn = happenedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    RouteStep because(StopReason reason) {
        this.stopReason = reason;
        return this;
    }

    RouteStep interview(Instant at, @Nullable String place) {
        this.interviewAt = at;
        this.interviewPlace = place == null || place.isBlank() ? null : place.strip();
        return this;
    }

    UUID trackId() {
        return trackId;
    }

    void anonymise() {
        this.note = null;
        this.interviewPlace = null;
    }

    Routes.Step view() {
        return new Routes.Step(id, stage, happenedOn, recordedBy, note, stopReason, interviewAt, interviewPlace);
    }
}

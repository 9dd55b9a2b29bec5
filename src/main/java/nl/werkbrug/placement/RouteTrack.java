package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbrug.employer.VacancyType;
import org.jspecify.annotations.Nullable;

/** One track of a candidate towards work: a vacancy, or work found elsewhere. */
@Entity
@Table(name = "route_track")
class RouteTrack {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID candidateId = new UUID(0, 0);
    private UUID locationId = new UUID(0, 0);
    private LocalDate intakeDate = LocalDate.EPOCH;
    private @Nullable UUID vacancyId;
    private @Nullable UUID employerId;
    private @Nullable String employerName;
    private @Nullable String municipality;
    @Enumerated(EnumType.STRING)
    private VacancyType kind = VacancyType.JOB;
    private boolean inMunicipality;
    @Enumerated(EnumType.STRING)
    private RouteStage stage = RouteStage.SUGGESTED;
    @Enumerated(EnumType.STRING)
    private RouteStage reachedStage = RouteStage.SUGGESTED;
    @Enumerated(EnumType.STRING)
    private @Nullable StopReason stopReason;
    private LocalDate openedOn = LocalDate.EPOCH;
    private @Nullable LocalDate startedOn;
    private @Nullable LocalDate endedOn;

    protected RouteTrack() {
    }

    RouteTrack(UUID candidateId, UUID locationId, LocalDate intakeDate, VacancyType kind, boolean inMunicipality,
               LocalDate openedOn) {
        this.candidateId = candidateId;
        this.locationId = locationId;
        this.intakeDate = intakeDate;
        this.kind = kind;
        this.inMunicipality = inMunicipality;
        this.openedOn = openedOn;
    }

    RouteTrack forVacancy(UUID vacancy, UUID employer) {
        this.vacancyId = vacancy;
        this.employerId = employer;
        return this;
    }

    RouteTrack elsewhere(String employer, @Nullable String place) {
        this.employerName = employer;
        this.municipality = place;
        return this;
    }

    /** Moves the track on; a stage that is not after the current one is refused. */
    void moveTo(RouteStage to) {
        if (!stage.active() || !to.after(stage)) {
            throw new IllegalArgumentException("a track at " + stage + " cannot move to " + to);
        }
        this.stage = to;
        this.reachedStage = to;
    }

    void start(VacancyType newKind, boolean inThisMunicipality, LocalDate on) {
        moveTo(RouteStage.STARTED);
        this.kind = newKind;
        this.inMunicipality = inThisMunicipality;
        this.startedOn = on;
    }

    void end(LocalDate on) {
        moveTo(RouteStage.ENDED);
        this.endedOn = on;
    }

    void stop(StopReason reason) {
        if (!stage.active()) {
            throw new IllegalArgumentException("a track at " + stage + " cannot be stopped");
        }
        this.stage = RouteStage.STOPPED;
        this.stopReason = reason;
    }

    /** After an erasure: the person can no longer be told from the track; the counts stay. */
    void anonymise(UUID randomId) {
        this.candidateId = randomId;
        this.employerName = employerName == null ? null : "";
        this.municipality = null;
    }

    UUID id() {
        return id;
    }

    UUID candidateId() {
        return candidateId;
    }

    @Nullable UUID vacancyId() {
        return vacancyId;
    }

    UUID locationId() {
        return locationId;
    }

    VacancyType kind() {
        return kind;
    }

    RouteStage stage() {
        return stage;
    }

    Routes.Track view(java.util.List<Routes.Step> steps) {
        return new Routes.Track(id, new nl.werkbrug.candidate.CandidateId(candidateId), vacancyId, employerId,
                employerName, municipality, kind, inMunicipality, stage, reachedStage, stopReason, openedOn,
                startedOn, endedOn, steps);
    }
}

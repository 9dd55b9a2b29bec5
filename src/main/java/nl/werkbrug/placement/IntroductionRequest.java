package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An employer's request to be introduced to a candidate, for one of its vacancies. */
@Entity
@Table(name = "introduction_request")
class IntroductionRequest {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID vacancyId = new UUID(0, 0);
    private UUID employerId = new UUID(0, 0);
    private UUID candidateId = new UUID(0, 0);
    private UUID locationId = new UUID(0, 0);
    private String message = "";
    @Enumerated(EnumType.STRING)
    private IntroductionStatus status = IntroductionStatus.REQUESTED;
    private UUID requestedBy = new UUID(0, 0);
    private Instant requestedAt = Instant.EPOCH;
    private @Nullable UUID handledBy;
    private @Nullable Instant handledAt;
    private @Nullable String note;
    private @Nullable Instant answeredAt;
    private @Nullable String answerReason;

    protected IntroductionRequest() {
    }

    IntroductionRequest(UUID vacancyId, UUID employerId, UUID candidateId, UUID locationId, String message,
                        UUID requestedBy, Instant at) {
        this.vacancyId = vacancyId;
        this.employerId = employerId;
        this.candidateId = candidateId;
        this.locationId = locationId;
        this.message = message;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    /** A jobhunter's own proposal: it goes straight to the candidate. */
    static IntroductionRequest proposal(UUID vacancyId, UUID employerId, UUID candidateId, UUID locationId,
                                        String message, UUID jobhunter, Instant at) {
        var request = new IntroductionRequest(vacancyId, employerId, candidateId, locationId, message, jobhunter, at);
        request.handle(IntroductionStatus.PROPOSED_TO_CANDIDATE, null, jobhunter, at);
        return request;
    }

    /** The candidate's answer to a proposed introduction. */
    void answer(boolean accepted, @Nullable String reason, Instant at) {
        if (status != IntroductionStatus.PROPOSED_TO_CANDIDATE) {
            throw new IllegalStateException("only a proposed introduction can be answered, not " + status);
        }
        this.status = accepted ? IntroductionStatus.ACCEPTED : IntroductionStatus.REFUSED;
        this.answerReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.answeredAt = at;
    }

    UUID candidateId() {
        return candidateId;
    }

    @Nullable UUID handledBy() {
        return handledBy;
    }

    UUID id() {
        return id;
    }

    UUID vacancyId() {
        return vacancyId;
    }

    UUID locationId() {
        return locationId;
    }

    UUID employerId() {
        return employerId;
    }

    IntroductionStatus status() {
        return status;
    }

    void handle(IntroductionStatus outcome, @Nullable String note, UUID by, Instant at) {
        this.status = outcome;
        this.note = note;
        this.handledBy = by;
        this.handledAt = at;
    }

    Introductions.Request view(String vacancyTitle) {
        return new Introductions.Request(id, vacancyId, vacancyTitle, employerId, candidateId, message, status,
                requestedAt, note, handledAt, answeredAt, answerReason);
    }
}

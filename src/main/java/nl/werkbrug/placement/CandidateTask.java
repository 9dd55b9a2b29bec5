package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something a jobhunter has to do for a candidate; an open task is an open action. */
@Entity
@Table(name = "candidate_task")
class CandidateTask {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID candidateId = new UUID(0, 0);
    private String text = "";
    private @Nullable LocalDate dueOn;
    private @Nullable Instant doneAt;
    private UUID createdBy = new UUID(0, 0);
    private Instant createdAt = Instant.EPOCH;

    protected CandidateTask() {
    }

    CandidateTask(UUID candidateId, String text, @Nullable LocalDate dueOn, UUID createdBy, Instant createdAt) {
        this.candidateId = candidateId;
        this.text = text;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID candidateId() {
        return candidateId;
    }

    void markDone(boolean done, Instant now) {
        this.doneAt = done ? now : null;
    }

    CaseNotes.Task view() {
        return new CaseNotes.Task(id, text, dueOn, doneAt, createdBy, createdAt);
    }
}

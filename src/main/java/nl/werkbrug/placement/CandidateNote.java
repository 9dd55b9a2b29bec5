package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A jobhunter's note about a candidate. */
@Entity
@Table(name = "candidate_note")
class CandidateNote {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID candidateId = new UUID(0, 0);
    private String text = "";
    private UUID writtenBy = new UUID(0, 0);
    private Instant writtenAt = Instant.EPOCH;

    protected CandidateNote() {
    }

    CandidateNote(UUID candidateId, String text, UUID writtenBy, Instant writtenAt) {
        this.candidateId = candidateId;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    CaseNotes.Note view() {
        return new CaseNotes.Note(id, text, writtenBy, writtenAt);
    }
}

package nl.werkbrug.cv;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CV file and the state of its reading. The file itself is kept apart and is only
 * handed out through {@link CvDocuments#file}; {@code result} is present once the file has been read.
 */
public record CvDocument(UUID id, @Nullable UUID candidateId, String fileName, @Nullable String mediaType,
                         long sizeBytes, String sha256, Status status, CvRejected.@Nullable Code failure,
                         int attempts, @Nullable String language, @Nullable CvParseResult result,
                         Instant uploadedAt, @Nullable Instant finishedAt, Instant retainUntil) {

    /** Where the reading stands: waiting, being read, read, or failed with a {@code failure} code. */
    public enum Status { QUEUED, READING, READ, FAILED }

    public boolean pending() {
        return status == Status.QUEUED || status == Status.READING;
    }

    /** The original file, checked against its checksum when read back. */
    public record StoredFile(String fileName, @Nullable String mediaType, byte[] content) {
    }
}

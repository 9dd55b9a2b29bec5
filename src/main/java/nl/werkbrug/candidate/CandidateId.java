package nl.werkbrug.candidate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a candidate: a newcomer looking for work. */
public record CandidateId(@JsonValue UUID value) {
}

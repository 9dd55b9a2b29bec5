package nl.werkbrug.employer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of the network directory: words that must all occur in the name, sector, place or
 * description; commitments an employer must all have; and one sector. Empty parts do not narrow.
 */
public record NetworkQuery(String text, Set<Commitment> commitments, @Nullable String sector) {

    public static final NetworkQuery ALL = new NetworkQuery("", Set.of(), null);

    public NetworkQuery {
        text = text == null ? "" : text.strip();
        commitments = commitments == null ? Set.of() : Set.copyOf(commitments);
        sector = sector == null || sector.isBlank() ? null : sector.strip();
    }
}

package nl.werkbrug.employer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An employer's profile in the network of inclusive employers, as its own staff edit it: the
 * commitments, a short public description, a website, and whether it appears in the directory
 * (only once the municipality has approved the employer).
 */
public record NetworkProfile(EmployerId employerId, String name, EmployerStatus status, Set<Commitment> commitments,
                             String description, @Nullable String website, boolean listedInNetwork) {

    public NetworkProfile {
        commitments = Set.copyOf(commitments);
    }
}

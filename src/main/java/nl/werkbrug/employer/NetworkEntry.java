package nl.werkbrug.employer;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An employer as the network directory shows it to newcomers, jobhunters, employers and the
 * municipality: who they are, what they commit to, and how many vacancies of each type are open.
 */
public record NetworkEntry(EmployerId id, String name, String sector, @Nullable String municipality,
                           String description, @Nullable String website, Set<Commitment> commitments,
                           Map<VacancyType, Long> openVacancies) {

    public NetworkEntry {
        commitments = Set.copyOf(commitments);
        openVacancies = Map.copyOf(openVacancies);
    }
}

package nl.werkbrug.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.candidate.NewcomerGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningPointRepository extends JpaRepository<LearningPointEntry, UUID> {

    /** The points whose month starts between two days (both included), newest first. */
    @Query("""
            select p from LearningPointEntry p where p.recordedMonth between ?1 and ?2
            and (?3 is null or p.locationId = ?3) and (?4 is null or p.newcomerGroup = ?4)
            order by p.recordedMonth desc, p.recordedAt desc, p.id""")
    List<LearningPointEntry> find(LocalDate firstMonth, LocalDate to, @Nullable UUID locationId,
                                  @Nullable NewcomerGroup group, Limit limit);
}

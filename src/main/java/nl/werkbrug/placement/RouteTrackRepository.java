package nl.werkbrug.placement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RouteTrackRepository extends JpaRepository<RouteTrack, UUID> {

    List<RouteTrack> findByCandidateIdOrderByOpenedOnDesc(UUID candidateId);

    List<RouteTrack> findByCandidateIdIn(Collection<UUID> candidateIds);

    List<RouteTrack> findByCandidateIdAndVacancyId(UUID candidateId, UUID vacancyId);
}

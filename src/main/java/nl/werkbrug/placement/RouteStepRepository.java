package nl.werkbrug.placement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RouteStepRepository extends JpaRepository<RouteStep, UUID> {

    List<RouteStep> findByTrackIdInOrderByRecordedAtAsc(Collection<UUID> trackIds);
}

package nl.werkbrug.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkEventRepository extends JpaRepository<NetworkEvent, UUID> {

    @Query("select e from NetworkEvent e where e.startsOn >= ?1 order by e.startsOn, e.startsAt, e.id")
    List<NetworkEvent> upcoming(LocalDate from);
}

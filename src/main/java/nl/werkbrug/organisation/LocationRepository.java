package nl.werkbrug.organisation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocationRepository extends JpaRepository<Location, UUID> {

    @Query("select l from Location l where lower(l.name) = lower(?1)")
    Optional<Location> findByName(String name);
}

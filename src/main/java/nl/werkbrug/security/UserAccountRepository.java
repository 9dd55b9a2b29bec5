package nl.werkbrug.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    java.util.List<UserAccount> findByOrganisationId(java.util.UUID organisationId);

    @Query("""
            select u.id from UserAccount u join u.roles r join u.locationIds l
            where r = ?1 and l = ?2 and u.enabled = true order by u.id""")
    java.util.List<UUID> findIdsByRoleAtLocation(Role role, UUID locationId);
}

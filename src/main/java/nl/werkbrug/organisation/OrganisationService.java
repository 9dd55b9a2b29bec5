package nl.werkbrug.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.werkbrug.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and locations. Anyone signed in may read them; administrators and the municipality register them. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository organisations, LocationRepository locations, AuditLog auditLog,
                        ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.locations = locations;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public OrganisationView register(NewOrganisation values) {
        var organisation = organisations.save(new Organisation(values));
        auditLog.record("CREATE", "organisation", organisation.view().id().value().toString(), null);
        return organisation.view();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public LocationView register(NewLocation values) {
        if (locations.findByName(values.name().trim()).isPresent()) {
            throw new IllegalArgumentException("a location with this name exists: " + values.name());
        }
        var location = locations.save(new Location(values));
        auditLog.record("CREATE", "location", location.view().id().value().toString(), null);
        events.publishEvent(new LocationRegistered(location.view().id()));
        return location.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationView> organisations() {
        return organisations.findAll().stream().map(Organisation::view)
                .sorted(Comparator.comparing(OrganisationView::name)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationView> organisation(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::view);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LocationView> locations() {
        return locations.findAll().stream().map(Location::view)
                .sorted(Comparator.comparing(LocationView::name)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<LocationView> location(LocationId id) {
        return locations.findById(id.value()).map(Location::view);
    }
}

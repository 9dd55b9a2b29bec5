package nl.werkbrug.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of the employer network, such as the region's job fair for speakers of other languages
 * (twice a year). The municipality announces them; approved employers sign their own organisation
 * up, or withdraw; everyone who can see the directory sees the coming events and who comes. An
 * employer that is no longer approved drops off the list of who comes, without losing the sign-up.
 */
@Service
public class NetworkEvents {

    private final NetworkEventRepository events;
    private final EmployerRepository employers;
    private final EmployerService employerService;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    NetworkEvents(NetworkEventRepository events, EmployerRepository employers, EmployerService employerService,
                  OrganisationService organisations, AuditLog auditLog, Clock clock) {
        this.events = events;
        this.employers = employers;
        this.employerService = employerService;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Announces an event; it must have a title and a place, and not lie in the past. */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public NetworkEventView create(NewNetworkEvent values) {
        if (values.title().isEmpty() || values.title().length() > NewNetworkEvent.MAX_TITLE) {
            throw new IllegalArgumentException("an event needs a title of at most " + NewNetworkEvent.MAX_TITLE
                    + " characters");
        }
        if (values.place().isEmpty() || values.place().length() > NewNetworkEvent.MAX_PLACE) {
            throw new IllegalArgumentException("an event needs a place of at most " + NewNetworkEvent.MAX_PLACE
                    + " characters");
        }
        if (values.description().length() > NewNetworkEvent.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("the description is longer than " + NewNetworkEvent.MAX_DESCRIPTION
                    + " characters");
        }
        if (values.date().isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("the event's date has passed");
        }
        var event = events.save(new NetworkEvent(values, CurrentUser.actorName(), clock.instant()));
        auditLog.record("CREATE", "network-event", event.id().value().toString(), values.kind().name());
        return event.view(List.of());
    }

    /** The events from today on, soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'EMPLOYER', 'MUNICIPALITY', 'ADMIN')")
    public List<NetworkEventView> upcoming() {
        var upcoming = events.upcoming(LocalDate.now(clock));
        var attendees = attendees(upcoming.stream().flatMap(e -> e.employerIds().stream()).collect(Collectors.toSet()));
        return upcoming.stream().map(e -> view(e, attendees)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'EMPLOYER', 'MUNICIPALITY', 'ADMIN')")
    public NetworkEventView get(NetworkEventId id) {
        var event = find(id);
        return view(event, attendees(event.employerIds()));
    }

    /** Signs an approved employer up for a coming event: its own staff, or an administrator. */
    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public NetworkEventView signUp(NetworkEventId id, EmployerId employer) {
        requireOwn(employer);
        var event = find(id);
        if (event.startsOn().isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("this event has passed");
        }
        var status = employers.findById(employer.value()).map(Employer::status)
                .orElseThrow(() -> new NotFoundException("employer", employer));
        if (status != EmployerStatus.APPROVED) {
            throw new AccessDeniedException("only employers the municipality approved sign up for events");
        }
        if (event.employerIds().add(employer.value())) {
            auditLog.record("SIGN_UP", "network-event", id.value().toString(), employer.value().toString());
        }
        return view(event, attendees(event.employerIds()));
    }

    /** Withdraws an employer from an event it signed up for. */
    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public NetworkEventView withdraw(NetworkEventId id, EmployerId employer) {
        requireOwn(employer);
        var event = find(id);
        if (event.employerIds().remove(employer.value())) {
            auditLog.record("WITHDRAW", "network-event", id.value().toString(), employer.value().toString());
        }
        return view(event, attendees(event.employerIds()));
    }

    private NetworkEventView view(NetworkEvent event, Map<UUID, NetworkEventView.Attendee> attendees) {
        return event.view(event.employerIds().stream().map(attendees::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(NetworkEventView.Attendee::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    /** The approved employers among the given ones, by ID. */
    private Map<UUID, NetworkEventView.Attendee> attendees(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = organisations.organisations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), OrganisationView::name));
        return employers.findAllById(ids).stream().filter(e -> e.status() == EmployerStatus.APPROVED)
                .collect(Collectors.toMap(e -> e.id().value(),
                        e -> new NetworkEventView.Attendee(e.id(), names.getOrDefault(e.organisationId(), ""))));
    }

    private NetworkEvent find(NetworkEventId id) {
        return events.findById(id.value()).orElseThrow(() -> new NotFoundException("event", id));
    }

    private void requireOwn(EmployerId employer) {
        if (!employerService.mayManage(CurrentUser.require(), employer)) {
            throw new AccessDeniedException("not your organisation");
        }
    }
}

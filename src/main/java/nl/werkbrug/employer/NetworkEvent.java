package nl.werkbrug.employer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
class NetworkEvent {

    @Id
    private UUID id = UUID.randomUUID();
    private String title = "";
    @Enumerated(EnumType.STRING)
    private EventKind kind = EventKind.OTHER;
    private LocalDate startsOn = LocalDate.EPOCH;
    private LocalTime startsAt = LocalTime.MIDNIGHT;
    private String place = "";
    private String description = "";
    /** ISO 639 codes, comma separated. */
    private String languages = "";
    private String createdBy = "";
    private Instant createdAt = Instant.now();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "network_event_employer", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "employer_id")
    private Set<UUID> employerIds = new HashSet<>();

    protected NetworkEvent() {
    }

    NetworkEvent(NewNetworkEvent values, String createdBy, Instant now) {
        this.title = values.title();
        this.kind = values.kind();
        this.startsOn = values.date();
        this.startsAt = values.time();
        this.place = values.place();
        this.description = values.description();
        this.languages = String.join(",", values.languages().stream().sorted().toList());
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    NetworkEventId id() {
        return new NetworkEventId(id);
    }

    LocalDate startsOn() {
        return startsOn;
    }

    Set<UUID> employerIds() {
        return employerIds;
    }

    NetworkEventView view(List<NetworkEventView.Attendee> attendees) {
        return new NetworkEventView(id(), title, kind, startsOn, startsAt, place, description,
                languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")), attendees);
    }
}

package nl.werkbrug.employer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An event of the employer network with the approved employers that signed up to come, by name. */
public record NetworkEventView(NetworkEventId id, String title, EventKind kind, LocalDate date, LocalTime time,
                               String place, String description, List<String> languages, List<Attendee> employers) {

    /** An employer that comes to the event. */
    public record Attendee(EmployerId id, String name) {
    }

    public NetworkEventView {
        languages = List.copyOf(languages);
        employers = List.copyOf(employers);
    }

    public boolean attends(EmployerId employer) {
        return employers.stream().anyMatch(a -> a.id().equals(employer));
    }
}

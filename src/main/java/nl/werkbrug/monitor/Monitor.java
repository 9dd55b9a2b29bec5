package nl.werkbrug.monitor;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's monitor: every indicator of the dashboard, computed from the platform's own
 * data for a period, a location and a group, with the small-numbers rule applied before any figure
 * leaves this service. Nothing here names or counts a single person.
 */
@Service
public class Monitor {

    private final SmallNumbers smallNumbers;
    private final Clock clock;

    Monitor(SmallNumbers smallNumbers, Clock clock) {
        this.smallNumbers = smallNumbers;
        this.clock = clock;
    }

    public SmallNumbers smallNumbers() {
        return smallNumbers;
    }

    /** All tables of {@link Indicators#TABLES}, in that order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public MonitorReport report(MonitorFilter filter) {
        throw new UnsupportedOperationException("being built");
    }

    /** The anonymous breakdown behind one cell: tables by location, by month and by Dutch level. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public List<StatTable> breakdown(MonitorFilter filter, Drill drill) {
        throw new UnsupportedOperationException("being built");
    }
}

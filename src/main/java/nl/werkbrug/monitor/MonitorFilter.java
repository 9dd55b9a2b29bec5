package nl.werkbrug.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.werkbrug.candidate.NewcomerGroup;
import org.jspecify.annotations.Nullable;

/**
 * What the monitor counts: a period of whole days, both ends included, and optionally one location
 * and one group. The period may span at most ten years.
 */
public record MonitorFilter(LocalDate from, LocalDate to, @Nullable UUID locationId, @Nullable NewcomerGroup group) {

    public MonitorFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (ChronoUnit.YEARS.between(from, to) >= 10) {
            throw new IllegalArgumentException("the period spans more than ten years");
        }
    }

    /** The twelve whole months up to and including the current one. */
    public static MonitorFilter lastTwelveMonths(Clock clock) {
        YearMonth now = YearMonth.now(clock);
        return new MonitorFilter(now.minusMonths(11).atDay(1), now.atEndOfMonth(), null, null);
    }

    public MonitorFilter withLocation(@Nullable UUID location) {
        return new MonitorFilter(from, to, location, group);
    }

    public MonitorFilter withGroup(@Nullable NewcomerGroup newGroup) {
        return new MonitorFilter(from, to, locationId, newGroup);
    }

    public MonitorFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new MonitorFilter(newFrom, newTo, locationId, group);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

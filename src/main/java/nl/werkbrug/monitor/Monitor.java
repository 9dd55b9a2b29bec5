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
        // TEMP: made-up figures of the right shape until the real computation lands
        var tables = new java.util.ArrayList<StatTable>();
        tables.add(fake(Indicators.PARTICIPATION, java.util.List.of("STATUS_HOLDER_WI2013", "STATUS_HOLDER_WI2021",
                "UKRAINIAN", "ASYLUM_SEEKER", "OTHER", "total"), "group.", Indicators.PARTICIPATION_COLUMNS));
        tables.add(fake(Indicators.ROUTE, Indicators.ROUTE_ROWS, "monitor.row.", java.util.List.of(Indicators.VALUE)));
        tables.add(fake(Indicators.FUNNEL, java.util.List.of("SUGGESTED", "SHORTLISTED", "INTRODUCTION_ASKED",
                "INTRODUCED", "INTERVIEW", "TRIAL_OR_PLACEMENT", "STARTED", "ENDED"), "route.stage.",
                java.util.List.of("reached", "stoppedHere")));
        tables.add(fake(Indicators.STOP_REASONS, java.util.List.of("LANGUAGE", "TRAVEL", "PERMIT", "OTHER"),
                "route.reason.", java.util.List.of("tracks")));
        tables.add(fake(Indicators.AT_LEVEL, Indicators.AT_LEVEL_ROWS, "monitor.row.", java.util.List.of(Indicators.VALUE)));
        tables.add(fake(Indicators.PERMITS, Indicators.PERMIT_ROWS, "monitor.row.", java.util.List.of(Indicators.VALUE)));
        tables.add(fake(Indicators.EMPLOYERS, java.util.List.of("LANGUAGE_SUPPORT", "BUDDY_OR_MENTOR"), "commitment.",
                java.util.List.of("members")));
        tables.add(fake(Indicators.VACANCIES, java.util.List.of("Zorg", "Logistiek"), null,
                java.util.List.of("JOB", "DUAL_TRAJECTORY", "total")));
        tables.add(fake(Indicators.SIGNALS, java.util.List.of("NEW", "CLOSED"), "signal.status.",
                java.util.List.of("signals")));
        var months = new java.util.ArrayList<String>();
        for (var m = java.time.YearMonth.from(filter.from()); !m.isAfter(java.time.YearMonth.from(filter.to()));
                m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        tables.add(fake(Indicators.TRENDS, months, null, Indicators.TREND_COLUMNS));
        tables.add(fake(Indicators.LEARNING, java.util.List.of("language", "buddy"), null,
                java.util.List.of("helped", "blocked", "total")));
        return new MonitorReport(filter, smallNumbers.threshold(), clock.instant(), tables);
    }

    private StatTable fake(String id, java.util.List<String> rows, @org.jspecify.annotations.Nullable String rowKey,
                           java.util.List<String> columns) {
        var labels = columns.stream().map(c -> Label.of(c, "monitor.col." + c)).toList();
        var statRows = new java.util.ArrayList<StatRow>();
        int seed = id.length();
        for (String row : rows) {
            var cells = new java.util.ArrayList<Cell>();
            for (String column : columns) {
                seed = (seed * 31 + 7) % 97;
                var drill = new Drill(id, row, column);
                boolean share = column.toLowerCase().contains("share") || row.toLowerCase().endsWith("share");
                boolean weeks = column.startsWith("median") || row.startsWith("median");
                cells.add(share ? smallNumbers.share(seed % 40, 40, drill)
                        : weeks ? smallNumbers.weeks(seed / 7.0, seed, drill) : smallNumbers.count(seed % 30, drill));
            }
            statRows.add(new StatRow(rowKey == null ? Label.literal(row, row) : Label.of(row, rowKey + row), cells));
        }
        return new StatTable(id, labels, statRows);
    }

    /** The anonymous breakdown behind one cell: tables by location, by month and by Dutch level. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public List<StatTable> breakdown(MonitorFilter filter, Drill drill) {
        // TEMP: made-up figures of the right shape until the real computation lands
        return List.of(fake("byLocation", List.of("azc Kamp van Zeist", "Utrecht"), null, List.of(Indicators.VALUE)),
                fake("byMonth", List.of("2026-01", "2026-02"), null, List.of(Indicators.VALUE)));
    }
}

package nl.werkbrug.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.StopReason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the route and permit rows of one imported person as the services would have left them:
 * the steps that happened by today, in order; the track at its last step, its furthest stage before
 * a stop, the stop reason, and the days it opened, started and ended.
 */
final class HistoryWriter {

    private static final String IMPORTED_NOTE = DemoHistory.IMPORTED;

    private final JdbcClient jdbc;
    private final HistoryTargets targets;
    private final UUID recordedBy;
    private final Clock clock;
    private final LocalDate today;
    private final Map<UUID, LocalDate> firstSteps = new HashMap<>();

    HistoryWriter(JdbcClient jdbc, HistoryTargets targets, UUID recordedBy, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.recordedBy = recordedBy;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** The tracks and permit steps of one person; answers the number of tracks written. */
    int write(DemoHistory.Imported imported) {
        var person = imported.person();
        LocalDate intake = today.minusDays(person.daysAgo());
        for (var permit : imported.permits()) {
            LocalDate day = intake.plusDays(permit.day());
            jdbc.sql("""
                            insert into permit_step (id, candidate_id, status, step_date, employer, note, recorded_by,
                                                     recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), imported.id(), permit.status().name(), day, permit.employer(),
                            IMPORTED_NOTE, recordedBy, at(day, 16))
                    .update();
        }
        int written = 0;
        for (var plan : person.tracks()) {
            var steps = plan.steps().stream().filter(s -> !intake.plusDays(s.day()).isAfter(today)).toList();
            if (!steps.isEmpty()) {
                track(imported, intake, plan, steps);
                written++;
            }
        }
        return written;
    }

    /** Per vacancy of the pilot year the day of the first step of a track towards it. */
    Map<UUID, LocalDate> firstSteps() {
        return firstSteps;
    }

    private void track(DemoHistory.Imported imported, LocalDate intake, HistoryPlans.TrackPlan plan,
                       List<HistoryPlans.Step> steps) {
        var last = steps.getLast();
        RouteStage reached = steps.stream().map(HistoryPlans.Step::stage).filter(s -> s != RouteStage.STOPPED)
                .reduce((a, b) -> b).orElse(RouteStage.SUGGESTED);
        LocalDate opened = intake.plusDays(steps.getFirst().day());
        LocalDate started = day(intake, steps, RouteStage.STARTED);
        LocalDate ended = day(intake, steps, RouteStage.ENDED);
        boolean underWay = last.stage().active() && started == null;
        String home = imported.location().municipality();
        var target = plan.target();
        UUID vacancy = null;
        UUID employer = null;
        boolean inMunicipality = target.inMunicipality();
        if (target.isVacancy()) {
            var chosen = targets.choose(plan.kind(), imported.person().level(), target.inMunicipality(), home, underWay);
            vacancy = chosen.vacancyId();
            employer = chosen.employerId();
            inMunicipality = chosen.municipality().equals(home);
            if (!underWay) {
                firstSteps.merge(vacancy, opened, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        UUID track = UUID.randomUUID();
        jdbc.sql("""
                        insert into route_track (id, candidate_id, location_id, intake_date, vacancy_id, employer_id,
                            employer_name, municipality, kind, in_municipality, stage, reached_stage, stop_reason,
                            opened_on, started_on, ended_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(track, imported.id(), imported.location().id().value(), intake, vacancy, employer,
                        target.employer(), target.municipality(), plan.kind().name(), inMunicipality,
                        last.stage().name(), reached.name(), last.reason() == null ? null : last.reason().name(),
                        opened, started, ended)
                .update();
        boolean first = true;
        for (var step : steps) {
            LocalDate day = intake.plusDays(step.day());
            jdbc.sql("""
                            insert into route_step (id, track_id, stage, happened_on, recorded_by, recorded_at, note,
                                                    stop_reason, interview_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), track, step.stage().name(), day, recordedBy, at(day, 16),
                            first ? IMPORTED_NOTE : null, reason(step.reason()),
                            step.stage() == RouteStage.INTERVIEW ? at(day, 10) : null)
                    .update();
            first = false;
        }
    }

    private static @Nullable LocalDate day(LocalDate intake, List<HistoryPlans.Step> steps, RouteStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst().map(s -> intake.plusDays(s.day()))
                .orElse(null);
    }

    private static @Nullable String reason(@Nullable StopReason reason) {
        return reason == null ? null : reason.name();
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
    }
}

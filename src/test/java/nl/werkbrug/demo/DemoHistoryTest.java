package nl.werkbrug.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.monitor.Indicators;
import nl.werkbrug.monitor.Monitor;
import nl.werkbrug.monitor.MonitorFilter;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's year of history shows the municipality a realistic monitor for Wi2021 at azc Kamp van
 * Zeist over the last twelve months: the figures are counted here with plain SQL, following the
 * monitor's definitions, and must stay above the small-numbers threshold.
 */
@IntegrationTest
class DemoHistoryTest {

    /** The people of the filter: Wi2021 at azc Kamp van Zeist, with those erased since (other tests erase some). */
    private static final String PEOPLE = """
            select c.id, c.intake_date, c.education_level from candidate c join location l on l.id = c.location_id
            where l.name = 'azc Kamp van Zeist' and c.newcomer_group = 'STATUS_HOLDER_WI2021' and c.intake_date <= ?
            union all
            select e.person_ref, e.intake_month, case when e.high_skilled then 6 end
            from erased_candidate e join location l on l.id = e.location_id
            where l.name = 'azc Kamp van Zeist' and e.newcomer_group = 'STATUS_HOLDER_WI2021' and e.intake_month <= ?
              and e.person_ref is not null and e.erased_month >= ?""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    Monitor monitor;
    @Autowired
    UserService users;

    LocalDate today;
    LocalDate from;
    LocalDate to;

    record Person(UUID id, LocalDate intake, int education) {
    }

    record Track(UUID candidate, String kind, boolean inMunicipality, LocalDate started, LocalDate ended,
                 UUID vacancy) {
    }

    @BeforeEach
    void period() {
        var filter = MonitorFilter.lastTwelveMonths(clock);
        today = LocalDate.now(clock);
        from = filter.from();
        to = filter.to();
    }

    @Test
    void the_route_shows_intakes_the_16_week_share_and_the_median() {
        var intakes = people().stream().filter(p -> !p.intake().isBefore(from) && !p.intake().isAfter(to)).toList();
        Map<UUID, LocalDate> firstStart = jdbc.sql("""
                        select candidate_id, min(started_on) from route_track where started_on is not null
                        group by candidate_id""")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var placed = intakes.stream().filter(p -> firstStart.containsKey(p.id())
                && !firstStart.get(p.id()).isAfter(p.intake().plusDays(112))).count();
        var over = intakes.stream().filter(p -> p.intake().plusDays(112).isBefore(today)).count();
        var overNotPlaced = intakes.stream().filter(p -> p.intake().plusDays(112).isBefore(today)
                && !(firstStart.containsKey(p.id()) && !firstStart.get(p.id()).isAfter(p.intake().plusDays(112))))
                .count();
        long base = overNotPlaced + placed;
        var started = intakes.stream().filter(p -> firstStart.containsKey(p.id())).count();
        System.out.printf("route: intakes %d, placed16 %d, over %d, overNotPlaced %d, share %.0f%%, started %d%n",
                intakes.size(), placed, over, overNotPlaced, 100.0 * placed / base, started);
        assertThat(people()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(intakes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(placed).isGreaterThanOrEqualTo(10);
        assertThat(overNotPlaced).isGreaterThanOrEqualTo(6);
        assertThat(100.0 * placed / base).isBetween(35.0, 60.0);
        assertThat(started).isGreaterThanOrEqualTo(6);
    }

    Map<String, Long> participationPerKind() {
        var ids = people().stream().map(Person::id).collect(Collectors.toSet());
        var participating = participating(ids);
        return participating.stream().collect(Collectors.groupingBy(t -> switch (t.kind()) {
            case "JOB" -> t.inMunicipality() ? "paidInMunicipality" : "paidElsewhere";
            default -> t.kind();
        }, Collectors.mapping(Track::candidate, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    }

    @Test
    void the_monitor_counts_the_same_participation_as_this_plain_count() {
        UUID place = jdbc.sql("select id from location where name = 'azc Kamp van Zeist'").query(UUID.class).single();
        var filter = new MonitorFilter(from, to, place, NewcomerGroup.STATUS_HOLDER_WI2021);
        var table = AsUser.call(users, "municipality", () -> monitor.report(filter)).table(Indicators.PARTICIPATION);
        var perKind = participationPerKind();
        Map<String, String> columns = Map.of("paidInMunicipality", "paidInMunicipality", "paidElsewhere",
                "paidElsewhere", "VOLUNTEER", "volunteer", "DUAL_TRAJECTORY", "dualTrajectory", "INTERNSHIP",
                "internship", "WORK_EXPERIENCE", "workExperience");
        columns.forEach((kind, column) -> assertThat(table.cell("STATUS_HOLDER_WI2021", column).value())
                .as(column).isEqualTo(perKind.get(kind).doubleValue()));
        assertThat(table.cell("STATUS_HOLDER_WI2021", "groupSize").value()).isEqualTo((double) people().size());
    }

    @Test
    void every_kind_of_participation_reaches_the_threshold() {
        Map<String, Long> perKind = participationPerKind();
        System.out.println("participation: " + perKind);
        assertThat(perKind.get("paidInMunicipality")).isGreaterThanOrEqualTo(5);
        assertThat(perKind.get("paidElsewhere")).isGreaterThanOrEqualTo(8);
        assertThat(perKind.get("VOLUNTEER")).isGreaterThanOrEqualTo(10);
        assertThat(perKind.get("DUAL_TRAJECTORY")).isGreaterThanOrEqualTo(6);
        assertThat(perKind.get("INTERNSHIP")).isGreaterThanOrEqualTo(5);
        assertThat(perKind.get("WORK_EXPERIENCE")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void high_skilled_people_work_at_and_below_their_level() {
        var high = people().stream().filter(p -> p.education() >= 6).map(Person::id).collect(Collectors.toSet());
        var works = participating(high).stream().filter(t -> !t.kind().equals("VOLUNTEER")).toList();
        Map<UUID, Set<Integer>> levels = works.stream().collect(Collectors.groupingBy(Track::candidate,
                Collectors.mapping(this::major, Collectors.toSet())));
        long atLevel = levels.values().stream().filter(m -> m.stream().anyMatch(g -> g >= 1 && g <= 3)).count();
        long belowLevel = levels.values().stream().filter(m -> m.stream().noneMatch(g -> g >= 1 && g <= 3)
                && m.stream().anyMatch(g -> g >= 4)).count();
        System.out.printf("at level: high %d, working %d, at %d, below %d%n", high.size(), levels.size(), atLevel,
                belowLevel);
        assertThat(high).hasSizeGreaterThanOrEqualTo(15);
        assertThat(100.0 * high.size() / people().size()).as("about a quarter").isBetween(20.0, 35.0);
        assertThat(atLevel).isGreaterThanOrEqualTo(6);
        assertThat(belowLevel).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_funnel_has_tracks_at_every_stage_and_stops_for_several_reasons() {
        var ids = people().stream().map(Person::id).toList();
        record Row(String reached, String stage, String reason) {
        }
        var tracks = jdbc.sql("""
                        select t.reached_stage, t.stage, t.stop_reason from route_track t
                        where t.candidate_id = any(?) and (select min(s.happened_on) from route_step s
                            where s.track_id = t.id) between ? and ?""")
                .params(ids.toArray(UUID[]::new), from, to)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        var order = List.of("SUGGESTED", "SHORTLISTED", "INTRODUCTION_ASKED", "INTRODUCED", "INTERVIEW",
                "TRIAL_OR_PLACEMENT", "STARTED", "ENDED");
        for (String stage : order) {
            long reached = tracks.stream().filter(t -> order.indexOf(t.reached()) >= order.indexOf(stage)).count();
            assertThat(reached).as("reached " + stage).isGreaterThanOrEqualTo(5);
        }
        Map<String, Long> reasons = tracks.stream().filter(t -> t.stage().equals("STOPPED"))
                .collect(Collectors.groupingBy(Row::reason, Collectors.counting()));
        System.out.println("stops: " + reasons);
        assertThat(reasons.get("LANGUAGE")).isGreaterThanOrEqualTo(5);
        assertThat(reasons.get("TRAVEL")).isGreaterThanOrEqualTo(5);
        assertThat(reasons).containsKeys("EMPLOYER_DECLINED", "CANDIDATE_DECLINED", "SKILLS");
    }

    @Test
    void asylum_seekers_at_kamp_van_zeist_wait_for_a_work_permit_for_various_lengths() {
        var waitingSince = jdbc.sql("""
                        select c.id, (select min(p.step_date) from permit_step p where p.candidate_id = c.id
                            and p.status in ('NEEDED', 'APPLIED') and p.step_date <= ?
                            and p.step_date > coalesce((select max(o.step_date) from permit_step o
                                where o.candidate_id = c.id and o.status not in ('NEEDED', 'APPLIED')
                                  and o.step_date <= ?), date '1900-01-01'))
                        from candidate c join location l on l.id = c.location_id
                        where l.name = 'azc Kamp van Zeist' and c.newcomer_group = 'ASYLUM_SEEKER'
                          and (select p.status from permit_step p where p.candidate_id = c.id and p.step_date <= ?
                               order by p.step_date desc, p.recorded_at desc limit 1) in ('NEEDED', 'APPLIED')""")
                .params(to, to, to).query((rs, n) -> rs.getObject(2, LocalDate.class)).list();
        var buckets = waitingSince.stream().map(d -> {
            long weeks = ChronoUnit.WEEKS.between(d, today);
            return weeks < 4 ? "<4" : weeks < 8 ? "4-8" : weeks < 13 ? "8-13" : ">13";
        }).collect(Collectors.groupingBy(b -> b, Collectors.counting()));
        System.out.println("waiting for a permit: " + buckets);
        assertThat(waitingSince).hasSizeGreaterThanOrEqualTo(8);
        assertThat(buckets).containsKeys("<4", "4-8", "8-13", ">13");
        assertThat(jdbc.sql("""
                select count(distinct candidate_id) from permit_step where status in ('GRANTED', 'REFUSED')
                and step_date between ? and ?""").params(from, to).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_history_is_consistent_and_stays_out_of_the_search_index() {
        String imported = " t.id in (select track_id from route_step where note = ?)";
        assertThat(jdbc.sql("""
                select count(*) from route_step s join route_track t on t.id = s.track_id
                where (s.happened_on > current_date or s.happened_on < t.intake_date) and """ + imported)
                .param(DemoHistory.IMPORTED).query(Long.class).single())
                .as("steps lie between intake and today").isZero();
        assertThat(jdbc.sql("""
                select count(*) from route_track t where ((t.stage = 'STOPPED') <> (t.stop_reason is not null)
                   or (t.started_on is null) <> (t.reached_stage not in ('STARTED', 'ENDED'))
                   or (t.ended_on is null) <> (t.reached_stage <> 'ENDED')
                   or t.opened_on <> (select min(s.happened_on) from route_step s where s.track_id = t.id)
                   or t.stage not in ('STOPPED', t.reached_stage)) and """ + imported)
                .param(DemoHistory.IMPORTED).query(Long.class).single())
                .as("tracks as the route services leave them").isZero();
        String order = "array['SUGGESTED', 'SHORTLISTED', 'INTRODUCTION_ASKED', 'INTRODUCED', 'INTERVIEW', "
                + "'TRIAL_OR_PLACEMENT', 'STARTED', 'ENDED', 'STOPPED']";
        assertThat(jdbc.sql("""
                select count(*) from route_step a join route_step b on a.track_id = b.track_id
                join route_track t on t.id = a.track_id
                where b.happened_on < a.happened_on and array_position(%s, b.stage::text)
                  > array_position(%s, a.stage::text) and """.formatted(order, order) + imported)
                .param(DemoHistory.IMPORTED).query(Long.class).single()).as("stages in order").isZero();
        assertThat(jdbc.sql("""
                select count(*) from candidate c where c.matching_consent_at is not null and exists (
                  select 1 from route_track t join route_step s on s.track_id = t.id
                  where t.candidate_id = c.id and s.note = ?)""").param(DemoHistory.IMPORTED).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from candidate").query(Long.class).single()).isLessThan(400);
    }

    private List<Person> people() {
        return jdbc.sql(PEOPLE).params(to, to, from.withDayOfMonth(1)).query((rs, n) -> new Person(rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class), rs.getObject(3) == null ? 0 : rs.getInt(3))).list();
    }

    private List<Track> participating(Set<UUID> people) {
        return jdbc.sql("""
                        select candidate_id, kind, in_municipality, started_on, ended_on, vacancy_id from route_track
                        where candidate_id = any(?) and started_on <= ? and (ended_on is null or ended_on >= ?)""")
                .params(people.toArray(UUID[]::new), to, from)
                .query((rs, n) -> new Track(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, UUID.class)))
                .list();
    }

    /** The ISCO-08 major group of the work's vacancy; 0 for work without one. */
    private int major(Track track) {
        if (track.vacancy() == null) {
            return 0;
        }
        String uri = jdbc.sql("select occupation_uri from vacancy where id = ?").param(track.vacancy())
                .query(String.class).single();
        return taxonomy.occupation(uri).map(o -> o.iscoCode().isEmpty() ? 0 : o.iscoCode().charAt(0) - '0').orElse(0);
    }
}

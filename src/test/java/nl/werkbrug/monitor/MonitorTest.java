package nl.werkbrug.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateAccounts;
import nl.werkbrug.candidate.DataRightsFixtures;
import nl.werkbrug.candidate.CandidateErasure;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.placement.LearningEffect;
import nl.werkbrug.placement.LearningPoint;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.LearningTag;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every indicator on a fixed data set with known answers: people, routes and permit histories of one
 * location of their own, in the first half of 2024 (so every 16 weeks are over, whatever today is),
 * plus one person who was erased. The answers are worked out by hand in the comments.
 */
@IntegrationTest
@WithMockUser(roles = "MUNICIPALITY")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorTest {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 6, 30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Monitor monitor;
    @Autowired
    Clock clock;
    @Autowired
    UserService users;
    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateErasure erasure;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    Routes routes;
    @Autowired
    LearningPoints learningPoints;

    UUID location = UUID.randomUUID();
    UUID employer = UUID.randomUUID();
    String sector = "Testsector " + location.toString().substring(0, 6);
    UUID recorder;
    /** Counts every figure: a threshold of one hides only zero. */
    Monitor plain;

    @BeforeAll
    void fixedDataSet() {
        plain = new Monitor(jdbc, taxonomy, organisations, learningPoints, new SmallNumbers(1, false), clock);
        recorder = jdbc.sql("select id from app_user where username = 'jobhunter'").query(UUID.class).single();
        jdbc.sql("""
                insert into location (id, name, type, municipality, latitude, longitude)
                values (?, ?, 'AZC', 'Teststad', 52.09, 5.12)""").params(location, "azc Monitortest " + location).update();
        UUID organisation = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, type) values (?, ?, 'EMPLOYER')")
                .params(organisation, "Monitortest " + sector).update();
        jdbc.sql("""
                insert into employer (id, organisation_id, kvk_number, sector, status, created_at, reviewed_at)
                values (?, ?, null, ?, 'APPROVED', '2023-12-01T10:00:00Z', '2024-01-15T10:00:00Z')""")
                .params(employer, organisation, sector).update();
        String high = occupationAtSkillLevel(4);
        String low = occupationAtSkillLevel(1);
        UUID highJob = vacancy("JOB", high, "2024-03-05T09:00:00Z");
        UUID lowDual = vacancy("DUAL_TRAJECTORY", low, "2024-03-20T09:00:00Z");
        UUID lowJob = vacancy("JOB", low, "2023-10-01T09:00:00Z");
        jdbc.sql("""
                insert into exploitation_signal (id, employer_id, category, reporter_role, language, status,
                                                 created_at, updated_at)
                values (?, ?, 'PAY_BELOW_MINIMUM', 'JOBHUNTER', 'nl', 'NEW', '2024-04-10T09:00:00Z', '2024-04-10T09:00:00Z')""")
                .params(UUID.randomUUID(), employer).update();

        // P1: high-skilled, a job at level from 20 Feb (41 days after intake), in the municipality
        UUID p1 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2024-01-10", 7, null, null);
        track(p1, highJob, "JOB", true, "STARTED", "STARTED", null, "2024-02-20", null,
                "SHORTLISTED:2024-01-15", "INTERVIEW:2024-02-01", "STARTED:2024-02-20");
        // P2: high-skilled, work elsewhere from 15 July (after the period; 165 days after intake)
        UUID p2 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2024-02-01", 6, null, null);
        track(p2, null, "JOB", false, "STARTED", "STARTED", null, "2024-07-15", null,
                "SUGGESTED:2024-06-15", "STARTED:2024-07-15");
        // P3: volunteer work elsewhere from 20 March to 1 May (19 days after intake)
        UUID p3 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2024-03-01", 3, null, null);
        track(p3, null, "VOLUNTEER", true, "ENDED", "ENDED", null, "2024-03-20", "2024-05-01",
                "SUGGESTED:2024-03-10", "STARTED:2024-03-20", "ENDED:2024-05-01");
        // P4: high-skilled, intake before the period; a job below level that ended before it, then a dual
        // trajectory below level that starts on the period's last day
        UUID p4 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2023-11-01", 6, null, null);
        track(p4, lowJob, "JOB", true, "ENDED", "ENDED", null, "2023-12-01", "2023-12-31",
                "SHORTLISTED:2023-11-10", "STARTED:2023-12-01", "ENDED:2023-12-31");
        track(p4, lowDual, "DUAL_TRAJECTORY", true, "STARTED", "STARTED", null, "2024-06-30", null,
                "SHORTLISTED:2024-06-01", "STARTED:2024-06-30");
        // P5: intake on the period's last day; a shortlist that stopped on language after the period
        UUID p5 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2024-06-30", null, null, null);
        track(p5, highJob, "JOB", true, "STOPPED", "SHORTLISTED", "LANGUAGE", null, null,
                "SHORTLISTED:2024-06-30", "STOPPED:2024-07-02");
        // P6: intake the day after the period: counted nowhere
        UUID p6 = person(NewcomerGroup.STATUS_HOLDER_WI2021, "2024-07-01", 7, null, null);
        track(p6, highJob, "JOB", true, "STARTED", "STARTED", null, "2024-07-10", null, "STARTED:2024-07-10");
        // P7: Ukrainian, intake the day before the period; an internship of one day, the period's first
        UUID p7 = person(NewcomerGroup.UKRAINIAN, "2023-12-31", 2, null, null);
        track(p7, null, "INTERNSHIP", true, "ENDED", "ENDED", null, "2024-01-01", "2024-01-01",
                "SUGGESTED:2023-12-20", "STARTED:2024-01-01", "ENDED:2024-01-01");
        // P8: asylum seeker waiting for a permit since 1 Feb (needed, then applied); a track stopped on the permit
        UUID p8 = person(NewcomerGroup.ASYLUM_SEEKER, "2024-01-05", null, null, null);
        permit(p8, "NEEDED", "2024-02-01");
        permit(p8, "APPLIED", "2024-03-01");
        track(p8, highJob, "JOB", true, "STOPPED", "INTERVIEW", "PERMIT", null, null,
                "SUGGESTED:2024-02-10", "INTERVIEW:2024-03-01", "STOPPED:2024-03-15");
        // P9: asylum seeker whose permit was granted on 10 June
        UUID p9 = person(NewcomerGroup.ASYLUM_SEEKER, "2024-01-05", null, null, null);
        permit(p9, "NEEDED", "2024-05-01");
        permit(p9, "GRANTED", "2024-06-10");
        // P10: asylum seeker without a permit history, applied on 20 June by the profile's status
        person(NewcomerGroup.ASYLUM_SEEKER, "2024-04-01", null, "APPLIED", "2024-06-20");
        // E1: erased in September, kept anonymously: high-skilled, a job at level from 1 April (60 days)
        UUID e1 = UUID.randomUUID();
        jdbc.sql("""
                insert into erased_candidate (newcomer_group, location_id, intake_month, erased_month, cause,
                                              person_ref, high_skilled)
                values ('STATUS_HOLDER_WI2021', ?, '2024-02-01', '2024-09-01', 'REQUEST', ?, true)""")
                .params(location, e1).update();
        track(e1, highJob, "JOB", true, "STARTED", "STARTED", null, "2024-04-01", null,
                "SHORTLISTED:2024-03-01", "STARTED:2024-04-01");
        // learning points: March and June count, July does not
        AsUser.run(users, "admin", () -> {
            learning("2024-03", LearningEffect.HELPED, "Een buddy op de werkvloer hielp met de taal",
                    LearningTag.LANGUAGE, LearningTag.BUDDY_OR_MENTOR);
            learning("2024-06", LearningEffect.BLOCKED, "Geen busverbinding op zaterdag", LearningTag.TRAVEL);
            learning("2024-07", LearningEffect.HELPED, null, LearningTag.LANGUAGE);
        });
    }

    void learning(String month, LearningEffect effect, @Nullable String text, LearningTag... tags) {
        learningPoints.addHistoric(new LearningPoint(UUID.randomUUID(), java.time.YearMonth.parse(month), effect,
                java.util.Set.of(tags), text, VacancyType.JOB, RouteStage.STARTED,
                NewcomerGroup.STATUS_HOLDER_WI2021, location));
    }

    // ---- the indicators

    @Test
    void participation_in_the_layout_of_the_audit_with_the_boundaries_of_the_period() {
        var table = plain.report(filter()).table(Indicators.PARTICIPATION);
        assertThat(table.rows()).extracting(r -> r.label().code()).containsExactly("STATUS_HOLDER_WI2013",
                "STATUS_HOLDER_WI2021", "UKRAINIAN", "ASYLUM_SEEKER", "OTHER", "total");
        // Wi2021: P1 and E1 in the municipality, P3 volunteering, P4's dual trajectory from the last day;
        // P2 starts after the period, P6 came after it
        assertRow(table, "STATUS_HOLDER_WI2021", Map.of("paidInMunicipality", 2.0, "paidElsewhere", 0.0,
                "volunteer", 1.0, "dualTrajectory", 1.0, "internship", 0.0, "workExperience", 0.0, "total", 4.0,
                "groupSize", 6.0));
        assertThat(value(table, "STATUS_HOLDER_WI2021", "share")).isCloseTo(4.0 / 6, within(1e-9));
        // P7's one-day internship on the first day of the period counts
        assertRow(table, "UKRAINIAN", Map.of("internship", 1.0, "total", 1.0, "groupSize", 1.0));
        assertRow(table, "ASYLUM_SEEKER", Map.of("total", 0.0, "groupSize", 3.0));
        assertRow(table, "total", Map.of("paidInMunicipality", 2.0, "volunteer", 1.0, "dualTrajectory", 1.0,
                "internship", 1.0, "total", 5.0, "groupSize", 10.0));
        assertThat(value(table, "total", "share")).isCloseTo(0.5, within(1e-9));

        // one day less at both ends: P7's internship and P4's dual trajectory drop out, and P5 (intake on the 30th)
        var inner = plain.report(filter().withPeriod(FROM.plusDays(1), TO.minusDays(1))).table(Indicators.PARTICIPATION);
        assertRow(inner, "total", Map.of("internship", 0.0, "dualTrajectory", 0.0, "total", 3.0, "groupSize", 9.0));
        // after September the erased person (working, no end) no longer counts: P1 and P6 work in the
        // municipality, and the group is P1 to P6
        var after = plain.report(filter().withPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)))
                .table(Indicators.PARTICIPATION);
        assertRow(after, "STATUS_HOLDER_WI2021", Map.of("paidInMunicipality", 2.0, "groupSize", 6.0));
    }

    @Test
    void the_jobhunter_route_intakes_placed_within_16_weeks_and_weeks_to_a_placement() {
        var table = plain.report(filter()).table(Indicators.ROUTE);
        // intakes P1, P2, P3, P5, P8, P9, P10 and E1; placed within 16 weeks P1 (41 days), P3 (19), E1 (60)
        assertThat(value(table, "intakes", "value")).isEqualTo(8.0);
        assertThat(value(table, "placedWithin16Weeks", "value")).isEqualTo(3.0);
        assertThat(value(table, "placedWithin16WeeksShare", "value")).isCloseTo(3.0 / 8, within(1e-9));
        // weeks to a first start: 19, 41, 60 and 165 days; the median is (41 + 60) / 2 days
        assertThat(value(table, "medianWeeksToPlacement", "value")).isCloseTo((41 + 60) / 14.0, within(1e-9));
        assertThat(value(table, "notYet16Weeks", "value")).isNull();

        var wi2021 = plain.report(filter().withGroup(NewcomerGroup.STATUS_HOLDER_WI2021)).table(Indicators.ROUTE);
        assertThat(value(wi2021, "intakes", "value")).isEqualTo(5.0);
        var inner = plain.report(filter().withPeriod(FROM.plusDays(5), TO.minusDays(1))).table(Indicators.ROUTE);
        // P8 and P9 (5 January) and P5 (30 June) fall out
        assertThat(value(inner, "intakes", "value")).isEqualTo(5.0);
    }

    @Test
    void the_funnel_counts_tracks_that_began_in_the_period_by_the_stage_they_reached() {
        var report = plain.report(filter());
        var funnel = report.table(Indicators.FUNNEL);
        // tracks of P1, P2, P3, P4 (the second), P5, P8 and E1; P4's first, P6's and P7's began outside
        Map<String, Double> reached = Map.of("SUGGESTED", 7.0, "SHORTLISTED", 7.0, "INTRODUCTION_ASKED", 6.0,
                "INTRODUCED", 6.0, "INTERVIEW", 6.0, "TRIAL_OR_PLACEMENT", 5.0, "STARTED", 5.0, "ENDED", 1.0);
        reached.forEach((stage, n) -> assertThat(value(funnel, stage, "reached")).as(stage).isEqualTo(n));
        assertThat(value(funnel, "SHORTLISTED", "stoppedHere")).isEqualTo(1.0);
        assertThat(value(funnel, "INTERVIEW", "stoppedHere")).isEqualTo(1.0);
        assertThat(value(funnel, "STARTED", "stoppedHere")).isNull();
        var reasons = report.table(Indicators.STOP_REASONS);
        assertThat(value(reasons, "LANGUAGE", "tracks")).isEqualTo(1.0);
        assertThat(value(reasons, "PERMIT", "tracks")).isEqualTo(1.0);
        assertThat(value(reasons, "TRAVEL", "tracks")).isNull();
    }

    @Test
    void high_skilled_people_at_their_level_and_below_it() {
        var table = plain.report(filter()).table(Indicators.AT_LEVEL);
        // P1, P2, P4 and E1 are high-skilled; P1 and E1 work at level, P4 below it, P2 not yet
        assertThat(value(table, "highSkilled", "value")).isEqualTo(4.0);
        assertThat(value(table, "highSkilledWorking", "value")).isEqualTo(3.0);
        assertThat(value(table, "atLevel", "value")).isEqualTo(2.0);
        assertThat(value(table, "belowLevel", "value")).isEqualTo(1.0);
        assertThat(value(table, "levelUnknown", "value")).isNull();
        assertThat(value(table, "atLevelShare", "value")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void people_waiting_for_a_permit_at_the_end_of_the_period_and_for_how_long() {
        var table = plain.report(filter()).table(Indicators.PERMITS);
        // P8 since 1 Feb (150 days), P10 since 20 June (10 days); P9's was granted on 10 June
        assertThat(value(table, "waiting", "value")).isEqualTo(2.0);
        assertThat(value(table, "medianWeeksWaiting", "value")).isCloseTo((150 + 10) / 14.0, within(1e-9));
        assertThat(value(table, "waitingUnder4Weeks", "value")).isEqualTo(1.0);
        assertThat(value(table, "waitingOver13Weeks", "value")).isEqualTo(1.0);
        assertThat(value(table, "waiting4To8Weeks", "value")).isNull();
        assertThat(value(table, "granted", "value")).isEqualTo(1.0);
        assertThat(value(table, "refused", "value")).isNull();
        // at the end of March only P8 waited, for 59 days
        var march = plain.report(filter().withPeriod(FROM, LocalDate.of(2024, 3, 31))).table(Indicators.PERMITS);
        assertThat(value(march, "waiting", "value")).isEqualTo(1.0);
        assertThat(value(march, "waiting8To13Weeks", "value")).isEqualTo(1.0);
        assertThat(value(march, "granted", "value")).isNull();
    }

    @Test
    void employers_vacancies_and_signals_of_the_period() {
        var report = plain.report(filter());
        assertThat(value(report.table(Indicators.EMPLOYERS), "approvedEmployers", "value")).isEqualTo(1.0);
        var vacancies = report.table(Indicators.VACANCIES);
        // posted in March; the one of October 2023 is outside the period
        assertThat(value(vacancies, sector, "JOB")).isEqualTo(1.0);
        assertThat(value(vacancies, sector, "DUAL_TRAJECTORY")).isEqualTo(1.0);
        assertThat(value(vacancies, sector, "total")).isEqualTo(2.0);
        assertThat(value(report.table(Indicators.SIGNALS), "NEW", "signals")).isEqualTo(1.0);
        var before = plain.report(filter().withPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 14)));
        assertThat(value(before.table(Indicators.EMPLOYERS), "approvedEmployers", "value"))
                .as("approved on 15 January").isNull();
    }

    @Test
    void learning_points_by_tag_and_the_latest_texts() {
        var table = plain.report(filter()).table(Indicators.LEARNING);
        assertThat(value(table, "LANGUAGE", "helped")).isEqualTo(1.0);
        assertThat(value(table, "BUDDY_OR_MENTOR", "helped")).isEqualTo(1.0);
        assertThat(value(table, "TRAVEL", "blocked")).isEqualTo(1.0);
        assertThat(value(table, "TRAVEL", "helped")).isNull();
        assertThat(monitor.learningPoints(filter(), 10)).extracting(LearningPoint::text)
                .containsExactly("Geen busverbinding op zaterdag", "Een buddy op de werkvloer hielp met de taal");
        assertThat(value(plain.report(filter().withPeriod(FROM, LocalDate.of(2024, 5, 31)))
                .table(Indicators.LEARNING), "TRAVEL", "blocked")).isNull();
    }

    @Test
    void trends_per_month() {
        var trends = plain.report(filter()).table(Indicators.TRENDS);
        assertThat(trends.rows()).extracting(r -> r.label().code())
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        // January: intakes P1, P8, P9; P7 starts and works on the 1st
        assertThat(value(trends, "2024-01", "intakes")).isEqualTo(3.0);
        assertThat(value(trends, "2024-01", "starts")).isEqualTo(1.0);
        assertThat(value(trends, "2024-01", "participating")).isEqualTo(1.0);
        // March: P3 starts, P1 works; P8 waits; two vacancies posted
        assertThat(value(trends, "2024-03", "starts")).isEqualTo(1.0);
        assertThat(value(trends, "2024-03", "participating")).isEqualTo(2.0);
        assertThat(value(trends, "2024-03", "waitingForPermit")).isEqualTo(1.0);
        assertThat(value(trends, "2024-03", "vacanciesPosted")).isEqualTo(2.0);
        // at level: in March only P1 works (at level); in June P1 and E1 at level, P4 below it from the 30th
        assertThat(value(trends, "2024-03", "atLevelShare")).isEqualTo(1.0);
        assertThat(value(trends, "2024-06", "atLevelShare")).isCloseTo(2.0 / 3, within(1e-9));
        // the network's members at the end of each month, as the employers table counts them at the period's end
        assertThat(value(trends, "2024-06", "networkMembers"))
                .isEqualTo(value(plain.report(filter()).table(Indicators.EMPLOYERS), "networkMembers", "value"));
        LocalDate today = LocalDate.now(clock);
        var now = plain.report(new MonitorFilter(today.withDayOfMonth(1), today, location, null));
        assertThat(value(now.table(Indicators.TRENDS), now.table(Indicators.TRENDS).rows().getFirst().label().code(),
                "networkMembers")).isEqualTo(value(now.table(Indicators.EMPLOYERS), "networkMembers", "value"));
        // June: P1, E1 and P4 (from the 30th) work; P8 and P10 wait
        assertThat(value(trends, "2024-06", "participating")).isEqualTo(3.0);
        assertThat(value(trends, "2024-06", "waitingForPermit")).isEqualTo(2.0);
        // the intakes of February (P2, E1): E1 placed within 16 weeks, P2 not
        assertThat(value(trends, "2024-02", "placedWithin16WeeksShare")).isCloseTo(0.5, within(1e-9));
    }

    // ---- small numbers

    @Test
    void the_small_numbers_rule_hides_every_figure_resting_on_fewer_than_five_people() {
        var report = AsUser.call(users, "municipality", () -> monitor.report(filter()));
        assertThat(report.threshold()).isEqualTo(5);
        var participation = report.table(Indicators.PARTICIPATION);
        assertThat(participation.cell("total", "groupSize").value()).isEqualTo(10.0);
        assertThat(participation.cell("total", "total").value()).isEqualTo(5.0);
        var hidden = participation.cell("STATUS_HOLDER_WI2021", "paidInMunicipality");
        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.value()).isNull();
        assertThat(monitor.smallNumbers().text(hidden, java.util.Locale.of("nl"))).isEqualTo("<5");
        // a share of a large base is hidden too when its count is small (4 of 6), and zero is a small number
        assertThat(participation.cell("STATUS_HOLDER_WI2021", "share").suppressed()).isTrue();
        assertThat(participation.cell("ASYLUM_SEEKER", "total").suppressed()).isTrue();
        assertThat(report.table(Indicators.ROUTE).cell("intakes", "value").value()).isEqualTo(8.0);
        assertThat(report.table(Indicators.ROUTE).cell("placedWithin16Weeks", "value").suppressed()).isTrue();
        // no shown figure anywhere is a count or a base under five
        for (StatTable table : report.tables()) {
            for (StatRow row : table.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.measure() == Measure.COUNT && cell.value() != null) {
                        assertThat(cell.value()).as(table.id() + " " + row.label().code()).isGreaterThanOrEqualTo(5);
                    }
                }
            }
        }
        // complements: Wi2021's six people are hidden too, as the total of ten less six would say that the
        // other groups hold four between them; the figure has no breakdown, which would add up to it
        var complement = participation.cell("STATUS_HOLDER_WI2021", "groupSize");
        assertThat(complement.suppressed()).isTrue();
        assertThat(complement.complementary()).isTrue();
        assertThat(complement.drill()).isNull();
        assertThat(monitor.smallNumbers().text(complement, java.util.Locale.of("nl"))).isEqualTo("×");
        assertThat(AsUser.call(users, "municipality", () -> monitor.breakdown(filter(),
                new Drill(Indicators.PARTICIPATION, "STATUS_HOLDER_WI2021", "groupSize")))).isEmpty();
        assertThat(AsUser.call(users, "municipality", () -> monitor.breakdown(filter(),
                new Drill(Indicators.PARTICIPATION, "total", "groupSize")))).isNotEmpty();
        // the rule is configurable: with three, the three placed people show
        var three = new Monitor(jdbc, taxonomy, organisations, learningPoints, new SmallNumbers(3), clock).report(filter());
        assertThat(three.table(Indicators.ROUTE).cell("placedWithin16Weeks", "value").value()).isEqualTo(3.0);
        assertThat(three.table(Indicators.ROUTE).cell("placedWithin16WeeksShare", "value").value())
                .isCloseTo(3.0 / 8, within(1e-9));
        assertThat(three.table(Indicators.PARTICIPATION).cell("STATUS_HOLDER_WI2021", "paidInMunicipality")
                .suppressed()).isTrue();
    }

    @Test
    void a_number_drills_down_to_an_anonymous_breakdown() {
        var drill = plain.report(filter()).table(Indicators.PARTICIPATION).cell("total", "total").drill();
        assertThat(drill).isNotNull();
        var tables = AsUser.call(users, "municipality", () -> plain.breakdown(filter(), drill));
        assertThat(tables).extracting(StatTable::id)
                .containsExactly("byGroup", "byDutchLevel", "byEducation", "byIntakeQuarter");
        var byGroup = tables.getFirst();
        assertThat(byGroup.cell("STATUS_HOLDER_WI2021", "people").value()).isEqualTo(4.0);
        assertThat(byGroup.cell("UKRAINIAN", "people").value()).isEqualTo(1.0);
        var education = tables.get(2);
        // P1 (7), P4 (6) and E1 (high-skilled) are tertiary; P3 (3) and P7 (2) secondary
        assertThat(education.cell("high", "people").value()).isEqualTo(3.0);
        assertThat(education.cell("middle", "people").value()).isEqualTo(2.0);
        // with the real threshold the same breakdown hides its small cells
        var hidden = AsUser.call(users, "municipality", () -> monitor.breakdown(filter(), drill));
        assertThat(hidden.getFirst().cell("STATUS_HOLDER_WI2021", "people").suppressed()).isTrue();
        assertThat(plain.breakdown(filter(), new Drill("vacancies", sector, "JOB"))).isEmpty();
    }

    @Test
    void only_the_municipality_and_administrators_read_the_monitor() {
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter", () -> monitor.report(filter())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "employer", () -> monitor.report(filter())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(users, "municipality", () -> monitor.report(filter())).tables())
                .extracting(StatTable::id).containsExactlyElementsOf(Indicators.TABLES);
    }

    @Test
    void an_erased_person_stays_one_anonymous_person_in_the_counts() {
        var person = new DataRightsFixtures(candidates, accounts, users, jdbc).candidate(false);
        UUID track = AsUser.call(users, "jobhunter", () -> {
            var opened = routes.openElsewhere(person.id(), new Routes.Elsewhere("Bakkerij", "Zeist",
                    VacancyType.JOB, true), null);
            routes.recordStart(opened.id(), VacancyType.JOB, LocalDate.now(clock), true, null);
            return opened.id();
        });
        UUID place = jdbc.sql("select location_id from candidate where id = ?").param(person.id().value())
                .query(UUID.class).single();
        LocalDate today = LocalDate.now(clock);
        var now = new MonitorFilter(today, today, place, NewcomerGroup.STATUS_HOLDER_WI2021);
        var before = plain.report(now).table(Indicators.PARTICIPATION);

        AsUser.run(users, "admin", () -> erasure.eraseOnRequest(person.id(), "brief"));

        UUID reference = jdbc.sql("select candidate_id from route_track where id = ?").param(track)
                .query(UUID.class).single();
        assertThat(reference).isNotEqualTo(person.id().value());
        assertThat(jdbc.sql("select newcomer_group from erased_candidate where person_ref = ?").param(reference)
                .query(String.class).single()).isEqualTo("STATUS_HOLDER_WI2021");
        // the same figures after the erasure: still one person, in the same group, working
        var after = plain.report(now).table(Indicators.PARTICIPATION);
        for (String column : List.of("paidInMunicipality", "total", "groupSize")) {
            assertThat(after.cell("total", column).value()).as(column).isEqualTo(before.cell("total", column).value());
        }
    }

    // ---- the data set

    MonitorFilter filter() {
        return new MonitorFilter(FROM, TO, location, null);
    }

    static void assertRow(StatTable table, String row, Map<String, Double> expected) {
        Map<String, @Nullable Double> actual = expected.keySet().stream()
                .collect(Collectors.toMap(c -> c, c -> value(table, row, c) == null ? 0.0 : value(table, row, c)));
        assertThat(actual).as(table.id() + " " + row).isEqualTo(expected);
    }

    /** The value of a cell; zero (hidden by the threshold of one) reads as null. */
    static @Nullable Double value(StatTable table, String row, String column) {
        return table.cell(row, column).value();
    }

    String occupationAtSkillLevel(int level) {
        return taxonomy.allOccupations().stream().filter(o -> o.skillLevel() == level).map(Occupation::uri)
                .sorted().findFirst().orElseThrow();
    }

    UUID vacancy(String type, String occupation, String createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, employer_id, title, type, status, occupation_uri, dutch_level, hours_min,
                                     hours_max, location_id, created_at, updated_at)
                values (?, ?, 'Monitortest', ?, 'CLOSED', ?, 'A2', 16, 32, ?, ?, ?)""")
                .params(id, employer, type, occupation, location, OffsetDateTime.parse(createdAt),
                        OffsetDateTime.parse(createdAt)).update();
        return id;
    }

    UUID person(NewcomerGroup group, String intake, @Nullable Integer education, @Nullable String permit,
                @Nullable String permitDate) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into candidate (id, location_id, newcomer_group, dutch_level, education_level, intake_date,
                                       permit_status, permit_status_date)
                values (?, ?, ?, 'A1', ?, ?, ?, ?)""")
                .params(id, location, group.name(), education, LocalDate.parse(intake),
                        permit == null ? "NOT_NEEDED" : permit, permitDate == null ? null : LocalDate.parse(permitDate))
                .update();
        jdbc.sql("insert into candidate_contact (candidate_id, given_name) values (?, 'Monitortest')").param(id).update();
        return id;
    }

    void permit(UUID person, String status, String on) {
        jdbc.sql("""
                insert into permit_step (id, candidate_id, status, step_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), person, status, LocalDate.parse(on), recorder,
                        LocalDate.parse(on).atStartOfDay().atOffset(ZoneOffset.UTC)).update();
    }

    /** A track as the route services leave it, with its steps as "STAGE:date". */
    void track(UUID person, @Nullable UUID vacancy, String kind, boolean inMunicipality, String stage, String reached,
               @Nullable String reason, @Nullable String startedOn, @Nullable String endedOn, String... steps) {
        UUID id = UUID.randomUUID();
        LocalDate opened = LocalDate.parse(steps[0].split(":")[1]);
        jdbc.sql("""
                insert into route_track (id, candidate_id, location_id, intake_date, vacancy_id, employer_name, kind,
                                         in_municipality, stage, reached_stage, stop_reason, opened_on, started_on,
                                         ended_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person, location, opened, vacancy, vacancy == null ? "Elders" : null, kind, inMunicipality,
                        stage, reached, reason, opened, startedOn == null ? null : LocalDate.parse(startedOn),
                        endedOn == null ? null : LocalDate.parse(endedOn)).update();
        for (String step : List.of(steps)) {
            String[] parts = step.split(":");
            jdbc.sql("""
                    insert into route_step (id, track_id, stage, happened_on, recorded_by, recorded_at, stop_reason)
                    values (?, ?, ?, ?, ?, now(), ?)""")
                    .params(UUID.randomUUID(), id, parts[0], LocalDate.parse(parts[1]), recorder,
                            parts[0].equals("STOPPED") ? reason : null).update();
        }
    }
}

package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationType;
import nl.werkbrug.organisation.NewLocation;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Learning points: added by a jobhunter of the candidate's location about one track, anonymous (no
 * candidate nor track kept, no name or contact in the text), listed and counted by tag per month.
 * Every test works on a location of its own, so the demo points and other tests do not count.
 */
@IntegrationTest
class LearningPointsTest {

    @Autowired
    LearningPoints learningPoints;
    @Autowired
    Routes routes;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CandidateService candidates;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    PlacementFixtures fixtures;
    UUID location;
    String jobhunter;

    @BeforeEach
    void ownLocationWithAJobhunter() {
        fixtures = new PlacementFixtures(users, candidates, jdbc);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        location = fixtures.as("admin", () -> organisations.register(new NewLocation("Leerlocatie " + marker,
                LocationType.AZC, "Zeist", 52.1, 5.25, null, 100))).id().value();
        jobhunter = "jobhunter-leer-" + marker;
        fixtures.as("admin", () -> users.create(new NewUser(jobhunter, "een-lang-wachtwoord", "Leer " + marker,
                Set.of(Role.JOBHUNTER), Set.of(location), null, "nl")));
    }

    @Test
    void points_about_a_track_are_listed_newest_first_and_counted_once_per_tag() {
        var track = stoppedTrack(fixtures.newcomer(location, 8));
        var helped = fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.HELPED,
                Set.of(LearningTag.LANGUAGE, LearningTag.BUDDY_OR_MENTOR), "  Buddy oefende het gesprek.  "));
        var blocked = fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.BLOCKED,
                Set.of(LearningTag.LANGUAGE), null));

        assertThat(helped.text()).isEqualTo("Buddy oefende het gesprek.");
        assertThat(helped.month()).isEqualTo(YearMonth.now());
        assertThat(helped.kind()).isEqualTo(VacancyType.VOLUNTEER);
        assertThat(helped.outcome()).isEqualTo(RouteStage.STOPPED);
        assertThat(helped.group()).isEqualTo(NewcomerGroup.STATUS_HOLDER_WI2021);
        assertThat(helped.locationId()).isEqualTo(location);

        LocalDate today = LocalDate.now();
        var found = fixtures.as("municipality", () -> learningPoints.find(today, today, location, null, 10));
        assertThat(found).extracting(LearningPoint::id).containsExactly(blocked.id(), helped.id());
        assertThat(found.get(1)).isEqualTo(helped);
        assertThat(fixtures.as("municipality", () -> learningPoints.find(today, today, location, null, 1))).hasSize(1);
        assertThat(fixtures.as("municipality", () -> learningPoints.find(today, today, location,
                NewcomerGroup.UKRAINIAN, 10))).isEmpty();

        var counts = fixtures.as("municipality", () -> learningPoints.countByTag(today, today, location,
                NewcomerGroup.STATUS_HOLDER_WI2021));
        assertThat(counts).hasSize(LearningTag.values().length);
        assertThat(counts.get(LearningTag.LANGUAGE)).isEqualTo(Map.of(LearningEffect.HELPED, 1L,
                LearningEffect.BLOCKED, 1L));
        assertThat(counts.get(LearningTag.BUDDY_OR_MENTOR)).isEqualTo(Map.of(LearningEffect.HELPED, 1L,
                LearningEffect.BLOCKED, 0L));
        assertThat(counts.get(LearningTag.TRAVEL)).isEqualTo(Map.of(LearningEffect.HELPED, 0L,
                LearningEffect.BLOCKED, 0L));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ADD_LEARNING_POINT' and subject_id = ?")
                .param(track.candidateId().value().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_period_takes_the_months_whose_first_day_lies_between_the_first_day_of_from_and_to() {
        var march = historic(YearMonth.of(2025, 3), Set.of(LearningTag.TRAVEL));
        historic(YearMonth.of(2025, 4), Set.of(LearningTag.TRAVEL, LearningTag.PERMIT));

        assertThat(ids(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 1))).as("from mid-month, to its first day")
                .containsExactly(march.id());
        assertThat(ids(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28))).as("the day before March").isEmpty();
        assertThat(ids(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))).doesNotContain(march.id()).hasSize(1);
        var counts = fixtures.as("admin", () -> learningPoints.countByTag(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 4, 1), location, null));
        assertThat(counts.get(LearningTag.TRAVEL).get(LearningEffect.BLOCKED)).isEqualTo(2);
        assertThat(counts.get(LearningTag.PERMIT).get(LearningEffect.BLOCKED)).isEqualTo(1);
        assertThat(fixtures.as("admin", () -> learningPoints.countByTag(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, 31), location, null)).get(LearningTag.PERMIT).get(LearningEffect.BLOCKED))
                .as("April starts after the period").isZero();
    }

    @Test
    void a_text_with_an_email_address_a_phone_number_or_the_candidates_name_is_refused() {
        var person = fixtures.newcomer(location, 4);
        var track = stoppedTrack(person);
        assertThat(refusal(track, "Mail naar iemand@voorbeeld.nl voor meer")).isEqualTo(InvalidLearningPoint.Code.EMAIL);
        assertThat(refusal(track, "Bel 06-12345678 als het rooster verandert")).isEqualTo(InvalidLearningPoint.Code.PHONE);
        assertThat(refusal(track, "Nummer +31 6 1234 5678")).isEqualTo(InvalidLearningPoint.Code.PHONE);
        assertThat(refusal(track, "Nummer 06-12-34-56-78")).isEqualTo(InvalidLearningPoint.Code.PHONE);
        assertThat(refusal(track, "Met " + person.givenName().toLowerCase() + " geoefend"))
                .isEqualTo(InvalidLearningPoint.Code.NAME);
        assertThat(refusal(track, "Familie ROUTETEST kon niet")).isEqualTo(InvalidLearningPoint.Code.NAME);
        assertThat(refusal(track, "x".repeat(281))).isEqualTo(InvalidLearningPoint.Code.TOO_LONG);
        assertThatThrownBy(() -> fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.HELPED,
                Set.of(), null))).isInstanceOf(InvalidLearningPoint.class)
                .extracting(e -> ((InvalidLearningPoint) e).code()).isEqualTo(InvalidLearningPoint.Code.NO_TAGS);
        assertThat(count()).as("nothing refused was kept").isZero();

        var accepted = fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.BLOCKED,
                EnumSet.of(LearningTag.PERMIT), "Sinds 12-06-2026 sneller; 24 uur per week, route 3"));
        assertThat(accepted.text()).isEqualTo("Sinds 12-06-2026 sneller; 24 uur per week, route 3");
    }

    @Test
    void only_a_jobhunter_of_the_candidate_adds_and_only_the_municipality_reads() {
        var track = stoppedTrack(fixtures.newcomer(location, 4));
        String elsewhere = "jobhunter-elders-" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.as("admin", () -> users.create(new NewUser(elsewhere, "een-lang-wachtwoord", "Elders",
                Set.of(Role.JOBHUNTER), Set.of(fixtures.jobhunterLocation()), null, "nl")));
        for (String user : List.of(elsewhere, "employer", "newcomer")) {
            assertThatThrownBy(() -> fixtures.as(user, () -> learningPoints.add(track.id(), LearningEffect.HELPED,
                    Set.of(LearningTag.LANGUAGE), null))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        LocalDate today = LocalDate.now();
        for (String user : List.of(jobhunter, "employer", "newcomer")) {
            assertThatThrownBy(() -> fixtures.as(user, () -> learningPoints.find(today, today, location, null, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(user, () -> learningPoints.countByTag(today, today, location, null)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count()).isZero();
    }

    @Test
    void nothing_in_a_stored_point_leads_back_to_the_candidate_or_the_track() {
        var person = fixtures.newcomer(location, 4);
        var track = stoppedTrack(person);
        var point = fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.HELPED,
                Set.of(LearningTag.NETWORK), "Via de buurt een werkgever gevonden"));
        String row = jdbc.sql("select row_to_json(p)::text from learning_point p where id = ?").param(point.id())
                .query(String.class).single();
        UUID account = jdbc.sql("select user_id from candidate where id = ?").param(person.id().value())
                .query(UUID.class).single();
        assertThat(row).doesNotContain(person.id().value().toString(), track.id().toString(), account.toString(),
                person.givenName(), person.email());
        var columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'learning_point'")
                .query(String.class).list();
        assertThat(columns).noneMatch(c -> c.contains("candidate") || c.contains("track_id") || c.contains("vacancy")
                || c.contains("employer"));
    }

    @Test
    void the_demo_counts_five_and_more_points_for_the_main_tags_at_kamp_van_zeist() {
        UUID kamp = jdbc.sql("select id from location where name = 'azc Kamp van Zeist'").query(UUID.class).single();
        LocalDate today = LocalDate.now();
        var counts = fixtures.as("municipality", () -> learningPoints.countByTag(today.minusMonths(11), today, kamp,
                NewcomerGroup.STATUS_HOLDER_WI2021));
        for (var tag : List.of(LearningTag.LANGUAGE, LearningTag.BUDDY_OR_MENTOR, LearningTag.WORK_AND_CLASS_DAYS,
                LearningTag.TRAVEL)) {
            assertThat(counts.get(tag).values().stream().mapToLong(Long::longValue).sum()).as(tag.name())
                    .isGreaterThanOrEqualTo(5);
        }
        assertThat(fixtures.as("municipality", () -> learningPoints.find(today.minusMonths(11), today, kamp, null,
                100))).allMatch(p -> !p.month().isAfter(YearMonth.now()));
    }

    private Routes.Track stoppedTrack(PlacementFixtures.Person person) {
        return fixtures.as(jobhunter, () -> {
            var track = routes.openElsewhere(person.id(), new Routes.Elsewhere("Kringloop Het Anker", "Zeist",
                    VacancyType.VOLUNTEER, true), null);
            return routes.stop(track.id(), StopReason.TRAVEL, LocalDate.now(), null);
        });
    }

    private LearningPoint historic(YearMonth month, Set<LearningTag> tags) {
        return fixtures.as("admin", () -> learningPoints.addHistoric(new LearningPoint(UUID.randomUUID(), month,
                LearningEffect.BLOCKED, tags, null, VacancyType.JOB, RouteStage.STOPPED, NewcomerGroup.UKRAINIAN,
                location)));
    }

    private List<UUID> ids(LocalDate from, LocalDate to) {
        return fixtures.as("municipality", () -> learningPoints.find(from, to, location, null, 100)).stream()
                .map(LearningPoint::id).toList();
    }

    private InvalidLearningPoint.Code refusal(Routes.Track track, String text) {
        try {
            fixtures.as(jobhunter, () -> learningPoints.add(track.id(), LearningEffect.HELPED,
                    Set.of(LearningTag.LANGUAGE), text));
        } catch (InvalidLearningPoint e) {
            return e.code();
        }
        throw new AssertionError("accepted: " + text);
    }

    private long count() {
        return jdbc.sql("select count(*) from learning_point where location_id = ?").param(location)
                .query(Long.class).single();
    }
}

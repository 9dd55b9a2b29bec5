package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A candidate's route: dated steps in order, stops with a reason, starts, and only for their own jobhunters. */
@IntegrationTest
class RoutesTest {

    @Autowired
    Routes routes;
    @Autowired
    CaseNotes notes;
    @Autowired
    Shortlist shortlist;
    @Autowired
    CandidateService candidates;
    @Autowired
    nl.werkbrug.security.UserService users;
    @Autowired
    JdbcClient jdbc;
    PlacementFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(users, candidates, jdbc);
    }

    @Test
    void shortlisting_opens_a_track_that_moves_forward_in_dated_steps_until_the_start() {
        var person = fixtures.newcomer(3);
        var vacancy = fixtures.employerVacancy();
        fixtures.as("jobhunter", () -> shortlist.add(vacancy, person.id()));
        var track = fixtures.as("jobhunter", () -> routes.forCandidate(person.id())).getFirst();
        assertThat(track.stage()).isEqualTo(RouteStage.SHORTLISTED);
        assertThat(track.vacancyId()).isEqualTo(vacancy.value());

        assertThatThrownBy(() -> fixtures.as("jobhunter", () -> routes.advance(track.id(), RouteStage.SUGGESTED,
                LocalDate.now(), null))).as("never backwards").isInstanceOf(IllegalArgumentException.class);
        fixtures.as("jobhunter", () -> routes.advance(track.id(), RouteStage.TRIAL_OR_PLACEMENT,
                LocalDate.now().minusDays(1), "Proefdag gaat goed"));
        var started = fixtures.as("jobhunter", () -> routes.recordStart(track.id(), VacancyType.DUAL_TRAJECTORY,
                LocalDate.now(), false, null));
        assertThat(started.stage()).isEqualTo(RouteStage.STARTED);
        assertThat(started.kind()).isEqualTo(VacancyType.DUAL_TRAJECTORY);
        assertThat(started.inMunicipality()).isFalse();
        assertThat(started.startedOn()).isEqualTo(LocalDate.now());
        assertThat(started.steps()).extracting(Routes.Step::stage).containsExactly(RouteStage.SUGGESTED,
                RouteStage.SHORTLISTED, RouteStage.TRIAL_OR_PLACEMENT, RouteStage.STARTED);
        assertThat(started.steps().get(2).note()).isEqualTo("Proefdag gaat goed");
        assertThat(started.steps().get(2).happenedOn()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(fixtures.as("jobhunter", () -> routes.furthestActive(List.of(person.id()))))
                .containsEntry(person.id(), RouteStage.STARTED);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ROUTE' and subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void a_stopped_track_keeps_its_reason_and_work_elsewhere_counts_by_kind() {
        var person = fixtures.newcomer(10);
        var elsewhere = fixtures.as("jobhunter", () -> routes.openElsewhere(person.id(),
                new Routes.Elsewhere("Kringloop De Schakel", "Utrecht", VacancyType.VOLUNTEER, false), null));
        var stopped = fixtures.as("jobhunter", () -> routes.stop(elsewhere.id(), StopReason.TRAVEL, LocalDate.now(),
                "Geen busverbinding op zaterdag"));
        assertThat(stopped.stage()).isEqualTo(RouteStage.STOPPED);
        assertThat(stopped.reachedStage()).isEqualTo(RouteStage.SUGGESTED);
        assertThat(stopped.stopReason()).isEqualTo(StopReason.TRAVEL);
        assertThat(stopped.steps().getLast().stopReason()).isEqualTo(StopReason.TRAVEL);
        assertThatThrownBy(() -> fixtures.as("jobhunter", () -> routes.advance(elsewhere.id(), RouteStage.INTERVIEW,
                LocalDate.now(), null))).as("a stopped track stays stopped").isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("""
                select count(*) from route_track where candidate_id = ? and kind = 'VOLUNTEER'
                and stage = 'STOPPED' and stop_reason = 'TRAVEL' and not in_municipality""")
                .param(person.id().value()).query(Long.class).single()).as("plain SQL for the dashboard").isEqualTo(1);
        assertThat(fixtures.as("jobhunter", () -> routes.furthestActive(List.of(person.id())))).isEmpty();
    }

    @Test
    void a_jobhunter_of_another_location_cannot_see_or_change_the_route_notes_or_tasks() {
        var person = fixtures.newcomer(2);
        var track = fixtures.as("jobhunter", () -> routes.openElsewhere(person.id(),
                new Routes.Elsewhere("Bakkerij Zon", null, VacancyType.JOB, true), null));
        fixtures.as("jobhunter", () -> notes.addNote(person.id(), "Wil graag in de ochtend werken."));
        fixtures.as("jobhunter", () -> notes.addTask(person.id(), "Bel de werkgever", LocalDate.now().plusDays(2)));
        String other = fixtures.jobhunterElsewhere();
        CandidateId id = person.id();
        assertThatThrownBy(() -> fixtures.as(other, () -> routes.forCandidate(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> routes.stop(track.id(), StopReason.OTHER, LocalDate.now(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> notes.notes(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> notes.addTask(id, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> candidates.workingWith(id, "view")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(other, () -> notes.openActions(List.of(id)))).isEmpty();
        assertThat(fixtures.as("jobhunter", () -> notes.openActions(List.of(id)))).containsEntry(id, 1);
        var task = fixtures.as("jobhunter", () -> notes.tasks(id)).getFirst();
        fixtures.as("jobhunter", () -> notes.markDone(task.id(), true));
        assertThat(fixtures.as("jobhunter", () -> notes.openActions(List.of(id)))).doesNotContainKey(id);
    }

    @Test
    void a_jobhunter_takes_over_and_hands_over_only_to_a_colleague_of_the_location() {
        var person = fixtures.newcomer(1);
        CandidateId id = person.id();
        String other = fixtures.jobhunterElsewhere();
        java.util.UUID otherId = jdbc.sql("select id from app_user where username = ?").param(other)
                .query(java.util.UUID.class).single();
        fixtures.as("jobhunter", () -> candidates.takeOver(id));
        java.util.UUID jobhunter = jdbc.sql("select id from app_user where username = 'jobhunter'")
                .query(java.util.UUID.class).single();
        assertThat(jdbc.sql("select jobhunter_id from candidate where id = ?").param(id.value())
                .query(java.util.UUID.class).single()).isEqualTo(jobhunter);
        assertThatThrownBy(() -> fixtures.as("jobhunter", () -> candidates.handOver(id, otherId)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> candidates.takeOver(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TAKE_OVER' and subject_id = ?")
                .param(id.value().toString()).query(Long.class).single()).isEqualTo(1);
    }
}

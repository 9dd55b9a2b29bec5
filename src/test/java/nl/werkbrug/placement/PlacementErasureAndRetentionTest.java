package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateErased;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Erasure deletes what is personal and keeps anonymous route counts; declined introductions expire. */
@IntegrationTest
class PlacementErasureAndRetentionTest {

    @Autowired
    Introductions introductions;
    @Autowired
    Invitations invitations;
    @Autowired
    Routes routes;
    @Autowired
    CaseNotes notes;
    @Autowired
    IntroductionRetention retention;
    @Autowired
    CandidateService candidates;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    java.util.List<nl.werkbrug.candidate.PersonalDataSection> sections;
    PlacementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(users, candidates, jdbc);
    }

    @Test
    void the_download_holds_route_and_introductions_and_erasure_deletes_them_but_keeps_anonymous_tracks() {
        var person = fixtures.newcomer(5);
        UUID id = person.id().value();
        var vacancy = fixtures.employerVacancy();
        var request = fixtures.as("jobhunter", () -> introductions.propose(vacancy, person.id(), "Past goed."));
        fixtures.as(person.username(), () -> invitations.answer(request.id(), true, null));
        var elsewhere = fixtures.as("jobhunter", () -> routes.openElsewhere(person.id(),
                new Routes.Elsewhere("Zorgboerderij Het Veld", "Soest", VacancyType.WORK_EXPERIENCE, false),
                "Via de buurvrouw gevonden"));
        fixtures.as("jobhunter", () -> routes.recordStart(elsewhere.id(), VacancyType.WORK_EXPERIENCE, LocalDate.now(),
                false, "Begint maandag"));
        fixtures.as("jobhunter", () -> notes.addNote(person.id(), "Spreekt goed Engels."));
        fixtures.as("jobhunter", () -> notes.addTask(person.id(), "VOG aanvragen", null));

        var export = transaction.execute(status -> sections.stream().filter(sec -> sec.key().equals("route")
                || sec.key().equals("introductions")).collect(java.util.stream.Collectors.toMap(
                nl.werkbrug.candidate.PersonalDataSection::key, sec -> sec.export(person.id()).toString())));
        assertThat(export.get("route")).contains("Zorgboerderij Het Veld", "Spreekt goed Engels.", "VOG aanvragen");
        assertThat(export.get("introductions")).contains("Past goed.", "ACCEPTED", "sharedAt");

        UUID anonymous = UUID.randomUUID();
        transaction.executeWithoutResult(status -> publisher.publishEvent(new CandidateErased(person.id(), anonymous)));

        for (String table : new String[] {"candidate_note", "candidate_task", "contact_share", "introduction_request",
                "route_track"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where candidate_id = ?").param(id)
                    .query(Long.class).single()).as(table).isZero();
        }
        var kept = jdbc.sql("select kind, stage, employer_name, municipality from route_track where id = ?")
                .param(elsewhere.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)}).single();
        assertThat(kept).containsExactly("WORK_EXPERIENCE", "STARTED", "", null);
        assertThat(jdbc.sql("select candidate_id from route_track where id = ?").param(elsewhere.id())
                .query(UUID.class).single()).as("the monitor's anonymous reference").isEqualTo(anonymous);
        assertThat(jdbc.sql("select count(*) from route_step where track_id = ? and note is not null")
                .param(elsewhere.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from route_step where track_id = ?").param(elsewhere.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void declined_and_refused_introductions_are_deleted_after_four_weeks_and_logged() {
        var person = fixtures.newcomer(7);
        var vacancy = fixtures.employerVacancy();
        var old = fixtures.as("employer", () -> introductions.ask(vacancy, person.id(), "Eerste verzoek."));
        fixtures.as("jobhunter", () -> introductions.handle(old.id(), IntroductionStatus.DECLINED, "Past nu niet."));
        jdbc.sql("update introduction_request set handled_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(29, ChronoUnit.DAYS)), old.id()).update();
        var recent = fixtures.as("employer", () -> introductions.ask(vacancy, person.id(), "Tweede verzoek."));
        fixtures.as("jobhunter", () -> introductions.handle(recent.id(), IntroductionStatus.DECLINED, "Nog niet."));
        var accepted = fixtures.as("jobhunter", () -> introductions.propose(vacancy, person.id(), "Derde keer."));
        fixtures.as(person.username(), () -> invitations.answer(accepted.id(), true, null));
        jdbc.sql("update introduction_request set handled_at = ?, answered_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(60, ChronoUnit.DAYS)),
                        java.sql.Timestamp.from(Instant.now().minus(60, ChronoUnit.DAYS)), accepted.id()).update();

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select id from introduction_request where candidate_id = ?").param(person.id().value())
                .query(UUID.class).list()).containsExactlyInAnyOrder(recent.id(), accepted.id());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and purpose = 'retention'")
                .param(old.id().toString()).query(Long.class).single()).isEqualTo(1);
    }
}

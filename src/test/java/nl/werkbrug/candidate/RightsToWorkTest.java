package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import nl.werkbrug.candidate.WorkPermission.Kind;
import nl.werkbrug.candidate.WorkPermission.Verdict;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;

/**
 * The right to work of one person, as the jobhunter records it and the person reads it: the dated
 * rules say what is allowed today and from when more, and a permit's steps are kept in order.
 */
@IntegrationTest
class RightsToWorkTest {

    @Autowired
    RightsToWork rights;
    @Autowired
    CandidateService candidates;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_permit_applied_for_and_granted_is_kept_in_order_and_changes_what_the_person_may_do() {
        LocalDate today = LocalDate.now(clock);
        UUID location = jobhunterLocation();
        var created = as("jobhunter", () -> candidates.register(draft(location, today.minusMonths(7))));
        var id = created.id();

        var before = as("jobhunter", () -> rights.overview(id));
        assertThat(paid(before).today().verdict()).isEqualTo(Verdict.PERMIT_NEEDED);
        assertThat(before.waitsForPermit()).isTrue();
        assertThat(before.permitSteps()).isEmpty();

        as("jobhunter", () -> rights.recordPermitStep(id, PermitStatus.APPLIED, today.minusDays(20), "Bakkerij Test",
                "Aanvraag door de werkgever"));
        var granted = as("jobhunter", () -> rights.recordPermitStep(id, PermitStatus.GRANTED, today.minusDays(2),
                "Bakkerij Test", null));
        assertThat(granted.permitSteps()).extracting(RightsToWork.PermitStep::status)
                .containsExactly(PermitStatus.GRANTED, PermitStatus.APPLIED);
        assertThat(granted.rights().permitStatus()).isEqualTo(PermitStatus.GRANTED);
        assertThat(granted.rights().permitStatusDate()).isEqualTo(today.minusDays(2));
        assertThat(paid(granted).today().verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(granted.waitsForPermit()).isFalse();

        // a step recorded late, with an earlier date, does not overrule the latest
        var late = as("jobhunter", () -> rights.recordPermitStep(id, PermitStatus.NEEDED, today.minusDays(60), null,
                null));
        assertThat(late.rights().permitStatus()).isEqualTo(PermitStatus.GRANTED);
        assertThat(late.permitSteps()).hasSize(3);

        assertThatThrownBy(() -> as("jobhunter", () -> rights.recordPermitStep(id, PermitStatus.REFUSED,
                today.plusDays(1), null, null))).as("not before it happened").isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERMIT_STEP' and subject_id = ?")
                .param(id.value().toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void the_outlook_names_the_day_from_which_a_person_likely_to_be_granted_protection_may_work() {
        LocalDate today = LocalDate.now(clock);
        UUID location = jobhunterLocation();
        var start = today.minusMonths(2);
        var draft = draft(location, start);
        var likely = new CandidateDraft(draft.contact(), draft.group(), draft.locationId(), draft.dutchLevel(),
                draft.otherLanguages(), draft.educationLevel(), draft.occupations(), draft.skills(),
                draft.certificates(), draft.availability(), new RightToWork(start, PermitStatus.NEEDED, null, null,
                false, AsylumTrack.LIKELY_GRANTED), true, null, null, null, Map.of());
        var id = as("jobhunter", () -> candidates.register(likely)).id();
        var overview = as("jobhunter", () -> rights.overview(id));
        var paid = paid(overview);
        LocalDate expected = WorkRules.DUTCH.nextPermitDay(start, AsylumTrack.LIKELY_GRANTED, today);
        assertThat(paid.today().verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(paid.today().from()).isEqualTo(expected).isBefore(start.plusMonths(6));
        assertThat(paid.changes()).extracting(WorkPermission.Period::verdict).containsExactly(Verdict.PERMIT_NEEDED);
        assertThat(paid.changes().getFirst().from()).isEqualTo(expected);
        assertThat(as("jobhunter", () -> candidates.profile(id)).rightToWork().asylumTrack())
                .isEqualTo(AsylumTrack.LIKELY_GRANTED);
    }

    @Test
    void a_jobhunter_of_another_location_sees_nor_records_anything() {
        LocalDate today = LocalDate.now(clock);
        UUID location = jobhunterLocation();
        var id = as("jobhunter", () -> candidates.register(draft(location, today.minusMonths(8)))).id();
        UUID other = jdbc.sql("select id from location where id <> ? order by id limit 1").param(location)
                .query(UUID.class).single();
        String elsewhere = "jobhunter-rtw-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run("test", () -> users.create(new NewUser(elsewhere, "een-lang-wachtwoord", "Elders",
                Set.of(Role.JOBHUNTER), Set.of(other), null, null)));
        assertThatThrownBy(() -> as(elsewhere, () -> rights.overview(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(elsewhere, () -> rights.recordPermitStep(id, PermitStatus.APPLIED, today, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("jobhunter", () -> rights.overview(id)).permitSteps()).isEmpty();
    }

    private static RightsToWork.Outlook paid(RightsToWork.Overview overview) {
        return overview.outlooks().stream().filter(o -> o.kind() == Kind.PAID).findFirst().orElseThrow();
    }

    private UUID jobhunterLocation() {
        return jdbc.sql("""
                select l.location_id from app_user_location l join app_user u on u.id = l.user_id
                where u.username = 'jobhunter' order by 1 limit 1""").query(UUID.class).single();
    }

    private static CandidateDraft draft(UUID location, LocalDate procedureStart) {
        return new CandidateDraft(new ContactDetails("Testpersoon", "Rechten", null, null), NewcomerGroup.ASYLUM_SEEKER,
                location, CefrLevel.A2, Map.of(), 3, Map.of(), Set.of(), Set.of(),
                new Availability(null, 16, 32, Set.of(), 25, Set.of()),
                new RightToWork(procedureStart, PermitStatus.NEEDED, null, null, false, AsylumTrack.GENERAL), true,
                null, null, null, Map.of());
    }

    private <T> T as(String user, Supplier<T> work) {
        return AsUser.call(users, user, work);
    }
}

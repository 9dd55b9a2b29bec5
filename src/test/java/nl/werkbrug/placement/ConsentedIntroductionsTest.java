package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.Notice;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * No employer sees a candidate's name or contact details before the candidate accepts an
 * introduction, and then only that employer, until the candidate withdraws it.
 */
@IntegrationTest
@RecordApplicationEvents
class ConsentedIntroductionsTest {

    @Autowired
    Introductions introductions;
    @Autowired
    Invitations invitations;
    @Autowired
    ContactShares shares;
    @Autowired
    Routes routes;
    @Autowired
    CandidateService candidates;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    PlacementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(users, candidates, jdbc);
    }

    @Test
    void contact_details_reach_only_the_employer_of_an_accepted_introduction_until_withdrawn() {
        var person = fixtures.newcomer(4);
        var vacancy = fixtures.employerVacancy();
        String otherEmployer = otherEmployerAccount();
        var request = fixtures.as("jobhunter", () -> introductions.propose(vacancy, person.id(),
                "Een magazijn dichtbij met een buddy; zij zoeken iemand voor de ochtend."));
        assertThat(request.status()).isEqualTo(IntroductionStatus.PROPOSED_TO_CANDIDATE);
        assertThat(notices(Notice.Kind.INVITATION_NEW)).extracting(Notice::recipient).contains(account(person));

        assertThat(fixtures.as("employer", () -> candidates.contactForEmployer(person.id()))).as("before").isEmpty();
        assertThat(fixtures.as("employer", introductions::acceptedForMyEmployer))
                .noneMatch(a -> a.request().id().equals(request.id()));
        var invitation = fixtures.as(person.username(), invitations::mine).getFirst();
        assertThat(invitation.id()).isEqualTo(request.id());
        assertThat(invitation.message()).contains("buddy");
        assertThatThrownBy(() -> fixtures.as("newcomer", () -> invitations.answer(request.id(), true, null)))
                .as("only the person themself answers").isInstanceOf(AccessDeniedException.class);

        fixtures.as(person.username(), () -> invitations.answer(request.id(), true, null));
        ContactDetails contact = fixtures.as("employer", () -> candidates.contactForEmployer(person.id())).orElseThrow();
        assertThat(contact.givenName()).isEqualTo(person.givenName());
        assertThat(contact.email()).isEqualTo(person.email());
        assertThat(fixtures.as(otherEmployer, () -> candidates.contactForEmployer(person.id()))).as("other employer")
                .isEmpty();
        assertThat(fixtures.as("employer", introductions::acceptedForMyEmployer))
                .anyMatch(a -> a.request().id().equals(request.id()) && a.shared());
        assertThat(fixtures.as("jobhunter", () -> routes.forCandidate(person.id())).getFirst().stage())
                .isEqualTo(RouteStage.INTRODUCED);
        assertThat(notices(Notice.Kind.INVITATION_ANSWERED)).extracting(Notice::recipient)
                .contains(userId("jobhunter"), userId("employer"));
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('SHARE', 'VIEW_CONTACT') and subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single()).isEqualTo(2);

        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        fixtures.as("employer", () -> introductions.scheduleInterview(request.id(), at, "Kantoor, Laan 1, Zeist"));
        var track = fixtures.as(person.username(), routes::mine).getFirst();
        assertThat(track.stage()).isEqualTo(RouteStage.INTERVIEW);
        assertThat(track.interviewsAfter(Instant.now())).extracting(Routes.Step::interviewAt).containsExactly(at);
        assertThat(notices(Notice.Kind.OTHER)).extracting(Notice::recipient).contains(account(person));

        var share = fixtures.as(person.username(), shares::mine).getFirst();
        fixtures.as(person.username(), () -> shares.withdraw(share.id()));
        assertThat(fixtures.as("employer", () -> candidates.contactForEmployer(person.id()))).as("withdrawn").isEmpty();
        assertThat(fixtures.as(person.username(), shares::mine)).isEmpty();
        assertThatThrownBy(() -> fixtures.as("employer", () -> introductions.scheduleInterview(request.id(), at, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'WITHDRAW_SHARE' and subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_candidate_who_declines_an_employers_request_stays_anonymous_and_the_track_stops() {
        var person = fixtures.newcomer(6);
        var vacancy = fixtures.employerVacancy();
        var request = fixtures.as("employer", () -> introductions.ask(vacancy, person.id(), "Wij bieden een proefdag."));
        assertThat(fixtures.as("jobhunter", () -> routes.forCandidate(person.id())).getFirst().stage())
                .isEqualTo(RouteStage.INTRODUCTION_ASKED);
        assertThat(fixtures.as(person.username(), invitations::mine)).as("not yet put to the candidate").isEmpty();
        fixtures.as("jobhunter", () -> introductions.handle(request.id(), IntroductionStatus.PROPOSED_TO_CANDIDATE, null));
        var answered = fixtures.as(person.username(), () -> invitations.answer(request.id(), false, "Te ver reizen"));
        assertThat(answered.status()).isEqualTo(IntroductionStatus.REFUSED);
        assertThat(fixtures.as("employer", () -> candidates.contactForEmployer(person.id()))).isEmpty();
        var track = fixtures.as("jobhunter", () -> routes.forCandidate(person.id())).getFirst();
        assertThat(track.stage()).isEqualTo(RouteStage.STOPPED);
        assertThat(track.stopReason()).isEqualTo(StopReason.CANDIDATE_DECLINED);
        assertThatThrownBy(() -> fixtures.as(person.username(), () -> invitations.answer(request.id(), true, null)))
                .as("answered once").isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<Notice> notices(Notice.Kind kind) {
        return events.stream(Notice.class).filter(n -> n.kind() == kind).toList();
    }

    private UUID account(PlacementFixtures.Person person) {
        return userId(person.username());
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private String otherEmployerAccount() {
        UUID organisation = jdbc.sql("""
                select e.organisation_id from employer e where e.organisation_id <>
                (select organisation_id from app_user where username = 'employer') order by e.id limit 1""")
                .query(UUID.class).single();
        String username = "werkgever-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run("test", () -> users.create(new NewUser(username, "een-lang-wachtwoord", "Andere werkgever",
                Set.of(Role.EMPLOYER), Set.of(), organisation, "nl")));
        return username;
    }
}

package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The placement screens without a browser: the jobhunter's candidate page and caseload, the
 * newcomer's invitations, consents and route, and the employer's accepted introductions.
 */
@IntegrationTest
class PlacementViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    CandidateService candidates;
    @Autowired
    Introductions introductions;
    @Autowired
    Invitations invitations;
    @Autowired
    ContactShares shares;
    @Autowired
    JdbcClient jdbc;
    PlacementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(users, candidates, jdbc);
    }

    @Test
    @WithUserDetails("jobhunter")
    @SuppressWarnings("unchecked")
    void the_jobhunter_opens_a_candidate_adds_a_task_and_stops_a_track_with_a_reason() {
        var person = fixtures.newcomer(13);
        UI.getCurrent().navigate("candidates/" + person.id().value(), QueryParameters.of("lang", "nl"));
        assertThat(text(getCurrentView())).contains(person.givenName(), "13 weken sinds intake");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VIEW' and subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single()).as("opening is audited").isEqualTo(1);

        test($(TextField.class).id("task-text")).setValue("Werkgever terugbellen");
        test($(Button.class).id("task-add")).click();
        assertThat(text($(Div.class).id("candidate-tasks"))).contains("Werkgever terugbellen");

        test($(TextField.class).id("elsewhere-employer")).setValue("Bakkerij Zon");
        test($(Button.class).id("elsewhere-add")).click();
        var tracks = $(Div.class).id("candidate-tracks");
        assertThat(text(tracks)).contains("Bakkerij Zon", "Voorgesteld");
        test($(Button.class, tracks).withClassName("route-stop").first()).click();
        test((Select<StopReason>) $(Select.class).id("stop-reason")).selectItem("Reizen");
        test($(Button.class).id("stop-confirm")).click();
        assertThat(text($(Div.class).id("candidate-tracks"))).contains("Gestopt", "Reizen");
        assertThat(jdbc.sql("select stop_reason from route_track where candidate_id = ?").param(person.id().value())
                .query(String.class).single()).isEqualTo("TRAVEL");
    }

    @Test
    @WithUserDetails("jobhunter")
    void a_jobhunter_cannot_open_a_candidate_of_another_location() {
        var person = fixtures.newcomer(fixtures.otherLocation(), 2);
        UI.getCurrent().navigate("candidates/" + person.id().value(), QueryParameters.of("lang", "nl"));
        assertThat($(Paragraph.class).id("access-denied").getText()).isEqualTo("Dit mag je niet bekijken of wijzigen.");
        assertThat(text(getCurrentView())).doesNotContain(person.givenName());
    }

    @Test
    @WithUserDetails("jobhunter")
    @SuppressWarnings("unchecked")
    void the_caseload_flags_weeks_since_intake_and_filters_on_alerts() {
        var person = fixtures.newcomer(17);
        UI.getCurrent().navigate("caseload", QueryParameters.of("lang", "nl"));
        test($(Checkbox.class).id("caseload-alerts")).click();
        var grid = (Grid<Object>) $(Grid.class).id("caseload");
        assertThat(test(grid).size()).isPositive();
        test($(TextField.class).id("caseload-search")).setValue(person.givenName().toLowerCase(java.util.Locale.ROOT));
        int size = test(grid).size();
        assertThat(size).as("the name search leaves this candidate").isEqualTo(1);
        boolean found = false;
        for (int row = 0; row < size; row++) {
            if (test(grid).getCellText(row, 0).equals(person.givenName() + " Routetest")) {
                found = true;
                assertThat(text(test(grid).getCellComponent(row, 4))).isEqualTo("17 weken: termijn voorbij");
                test(grid).clickRow(row);
                break;
            }
        }
        assertThat(found).as("the candidate of 17 weeks is among the alerts").isTrue();
        assertThat(text(getCurrentView())).contains(person.givenName());
    }

    @Test
    @WithUserDetails("jobhunter")
    @SuppressWarnings("unchecked")
    void the_caseload_search_finds_a_candidate_by_part_of_a_name_whatever_the_case() {
        var person = fixtures.newcomer(2);
        String marker = person.givenName().substring("Testa".length());
        UI.getCurrent().navigate("caseload", QueryParameters.of("lang", "nl"));
        var search = $(TextField.class).id("caseload-search");
        assertThat(search.getPlaceholder()).isEqualTo("Zoek op naam");
        var grid = (Grid<Object>) $(Grid.class).id("caseload");
        long all = test(grid).size();
        test(search).setValue(marker.toUpperCase(java.util.Locale.ROOT) + " routetest");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(person.givenName() + " Routetest");
        test(search).setValue("%");
        assertThat(test(grid).size()).as("a wildcard is searched as typed").isZero();
        test(search).clear();
        assertThat(test(grid).size()).isEqualTo((int) all);
        assertThat(candidates.caseloadSize(nl.werkbrug.candidate.CaseloadFilter.NONE.withName(marker)))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("newcomer")
    void the_newcomer_accepts_an_invitation_and_withdraws_the_share_again() {
        UUID candidate = jdbc.sql("""
                select c.id from candidate c join app_user u on u.id = c.user_id where u.username = 'newcomer'""")
                .query(UUID.class).single();
        UUID vacancy = jdbc.sql("""
                select v.id from vacancy v where v.status = 'OPEN' and not exists (select 1 from introduction_request r
                where r.vacancy_id = v.id and r.candidate_id = ?) order by random() limit 1""").param(candidate)
                .query(UUID.class).single();
        String marker = "Kennismaken " + UUID.randomUUID().toString().substring(0, 8);
        var request = AsUser.call(users, "jobhunter", () -> introductions.propose(
                new nl.werkbrug.employer.VacancyId(vacancy), new nl.werkbrug.candidate.CandidateId(candidate), marker));

        UI.getCurrent().navigate("my/invitations", QueryParameters.of("lang", "nl"));
        var card = $(Div.class, $(Div.class).id("my-invitations")).withClassName("invitation").all().stream()
                .filter(c -> text(c).contains(marker)).findFirst().orElseThrow();
        assertThat(text(card)).contains("Naam: ", "Telefoon: ", "E-mail: ");
        test($(Button.class, card).withClassName("invitation-accept").single()).click();
        assertThat(jdbc.sql("select status from introduction_request where id = ?").param(request.id())
                .query(String.class).single()).isEqualTo("ACCEPTED");

        UI.getCurrent().navigate("my/consents", QueryParameters.of("lang", "nl"));
        String employer = jdbc.sql("select o.name from vacancy v join employer e on e.id = v.employer_id "
                + "join organisation o on o.id = e.organisation_id where v.id = ?").param(vacancy)
                .query(String.class).optional().orElse("");
        var share = $(Div.class, $(Div.class).id("contact-shares")).withClassName("contact-share").all().stream()
                .filter(c -> text(c).contains(employer)).findFirst().orElseThrow();
        test($(Button.class, share).withClassName("share-withdraw").single()).click();
        assertThat(jdbc.sql("select withdrawn_at is not null from contact_share where introduction_id = ?")
                .param(request.id()).query(Boolean.class).single()).isTrue();

        UI.getCurrent().navigate("my/route", QueryParameters.of("lang", "nl"));
        assertThat(text($(Div.class).id("my-tracks"))).contains("Voorgesteld aan werkgever");
    }

    @Test
    @WithUserDetails("employer")
    void the_employer_sees_name_and_contact_only_after_acceptance_and_not_after_withdrawal() {
        var person = fixtures.newcomer(3);
        var vacancy = fixtures.employerVacancy();
        var request = fixtures.as("jobhunter", () -> introductions.propose(vacancy, person.id(), "Magazijn met buddy."));
        UI.getCurrent().navigate("employer/vacancies/" + vacancy.value() + "/matches", QueryParameters.of("lang", "nl"));
        assertThat(text(getCurrentView())).doesNotContain(person.givenName(), person.email());
        UI.getCurrent().navigate("employer/introductions", QueryParameters.of("lang", "nl"));
        assertThat(text(getCurrentView())).as("proposed, not yet accepted").doesNotContain(person.givenName());

        fixtures.as(person.username(), () -> invitations.answer(request.id(), true, null));
        UI.getCurrent().navigate("employer/introductions", QueryParameters.of("lang", "nl"));
        assertThat(text($(Div.class).id("employer-introductions"))).contains(person.givenName(), person.email());

        var share = fixtures.as(person.username(), shares::mine).stream()
                .filter(s -> jdbc.sql("select introduction_id from contact_share where id = ?").param(s.id())
                        .query(UUID.class).single().equals(request.id())).findFirst().orElseThrow();
        fixtures.as(person.username(), () -> shares.withdraw(share.id()));
        navigate("employer/introductions", Component.class);
        assertThat(text(getCurrentView())).doesNotContain(person.givenName(), person.email())
                .contains("De kandidaat deelt de gegevens niet meer");
    }

    private static String text(com.vaadin.flow.component.HasElement component) {
        return component.getElement().getTextRecursively();
    }
}

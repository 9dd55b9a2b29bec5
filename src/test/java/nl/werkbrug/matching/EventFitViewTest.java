package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EventKind;
import nl.werkbrug.employer.NetworkEvents;
import nl.werkbrug.employer.NewEmployer;
import nl.werkbrug.employer.NewNetworkEvent;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A jobhunter prepares for a job fair: per employer that comes, the page shows which of the
 * jobhunter's own candidates fit that employer's open vacancies, with the score and its reasons.
 */
@IntegrationTest
class EventFitViewTest extends SpringBrowserlessTest {

    /** ESCO: bicycle mechanic, an occupation the demo data does not use. */
    static final String BICYCLE_MECHANIC = "http://data.europa.eu/esco/occupation/336cf331-8082-4a0c-bf5f-e7c54706211c";

    @Autowired
    NetworkEvents events;
    @Autowired
    EmployerService employers;
    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("jobhunter")
    void a_jobhunter_sees_which_of_their_candidates_fit_the_employers_at_a_job_fair() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID kamp = jdbc.sql("select id from location where name = 'azc Kamp van Zeist'").query(UUID.class).single();
        Set<String> skills = Set.copyOf(taxonomy.occupation(BICYCLE_MECHANIC).orElseThrow().essentialSkills().stream()
                .limit(6).toList());
        var shop = SystemTask.call("test", () -> employers.register(new NewEmployer("Fietsenmakerij " + marker, null,
                "mobiliteit", "Zeist", null, null)));
        var idle = SystemTask.call("test", () -> employers.register(new NewEmployer("Zonder vacatures " + marker, null,
                "mobiliteit", "Zeist", null, null)));
        var vacancy = SystemTask.call("test", () -> vacancies.post(new VacancyDraft(shop.id().value(),
                "Fietsenmaker " + marker, "", VacancyType.JOB, BICYCLE_MECHANIC, skills, Set.of(), CefrLevel.A2, null,
                16, 32, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(), kamp, new BigDecimal("16.50"),
                LocalDate.now().plusDays(14), 1, false)));
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.OPEN);
        UUID person = SystemTask.call("test", () -> candidates.register(new CandidateDraft(
                new ContactDetails("Fietser", marker, null, null), NewcomerGroup.STATUS_HOLDER_WI2021, kamp,
                CefrLevel.B1, Map.of(), null, Map.of(BICYCLE_MECHANIC, 48), skills, Set.of(),
                new Availability(null, 16, 40, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 25),
                RightToWork.free(), true, null, null, null, Map.of()))).id().value();
        var fair = SystemTask.call("test", () -> events.create(new NewNetworkEvent("Banenmarkt " + marker,
                EventKind.JOB_FAIR, LocalDate.now().plusDays(30), LocalTime.of(14, 0), "Gemeentehuis Zeist", "",
                Set.of("ar"))));
        SystemTask.run("test", () -> events.signUp(fair.id(), shop.id()));
        SystemTask.run("test", () -> events.signUp(fair.id(), idle.id()));
        awaitIndexed(person);

        navigate("network/events/" + fair.id().value() + "/fit", Component.class);
        var shopCard = card(shop.name());
        assertThat(text(shopCard)).contains(vacancy.title(), "Fietser " + marker, "score");
        assertThat(shopCard.getChildren().anyMatch(c -> c.getElement().getClassList().contains("fit-row"))).isTrue();
        assertThat(text(card(idle.name()))).contains("geen open vacatures");
    }

    private Div card(String employer) {
        return $(Div.class).withClassName("fit-employer").all().stream().filter(d -> text(d).contains(employer))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + employer));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private void awaitIndexed(UUID id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!client.exists(e -> e.index(SearchSync.CANDIDATES).id(id.toString())).value()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        client.indices().refresh(r -> r.index(SearchSync.CANDIDATES));
        assertThat(client.exists(e -> e.index(SearchSync.CANDIDATES).id(id.toString())).value()).isTrue();
    }
}

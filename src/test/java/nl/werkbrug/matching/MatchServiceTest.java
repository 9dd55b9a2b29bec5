package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Candidates for a vacancy on the real Elasticsearch: three people with the vacancy's occupation and
 * skills differ in one hard limit each; only the one who may work there, and can get there, is proposed,
 * with an explanation made of the engine's own named-query scores.
 */
@IntegrationTest
class MatchServiceTest {

    @Autowired
    MatchService matches;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    tools.jackson.databind.ObjectMapper json;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void proposes_only_who_may_work_there_and_can_get_there_and_explains_the_score() throws Exception {
        UUID vacancyId = jdbc.sql("""
                        select id from vacancy where status = 'OPEN' and type = 'JOB' and permit_willing = true
                        order by id limit 1""").query(UUID.class).single();
        VacancyView vacancy = SystemTask.call("test", () -> vacancies.get(new VacancyId(vacancyId)));
        UUID elsewhere = jdbc.sql("select id from location where id <> ? order by id limit 1")
                .param(vacancy.locationId()).query(UUID.class).single();
        LocalDate today = LocalDate.now();

        UUID free = register(vacancy, vacancy.locationId(), NewcomerGroup.STATUS_HOLDER_WI2021, RightToWork.free(), 25);
        UUID tooEarly = register(vacancy, vacancy.locationId(), NewcomerGroup.ASYLUM_SEEKER,
                new RightToWork(today.minusMonths(2), PermitStatus.NEEDED, null, null, false), 25);
        UUID withPermit = register(vacancy, vacancy.locationId(), NewcomerGroup.ASYLUM_SEEKER,
                new RightToWork(today.minusMonths(8), PermitStatus.NEEDED, null, null, false), 25);
        UUID tooFar = register(vacancy, elsewhere, NewcomerGroup.STATUS_HOLDER_WI2021, RightToWork.free(), 0);
        for (UUID id : List.of(free, tooEarly, withPermit, tooFar)) {
            awaitIndexed(id);
        }

        var found = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(vacancyId), 20));
        var ids = found.stream().map(MatchService.Match::candidateId).toList();
        assertThat(ids).contains(free.toString(), withPermit.toString())
                .as("an asylum seeker two months in the procedure may not do paid work")
                .doesNotContain(tooEarly.toString())
                .as("beyond the person's own travel distance").doesNotContain(tooFar.toString());
        assertThat(found.stream().filter(m -> m.candidateId().equals(withPermit.toString())).findFirst().orElseThrow()
                .flags()).as("shown, marked: the employer is willing to apply for a permit").contains("PERMIT_NEEDED");
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

        var best = found.stream().filter(m -> m.candidateId().equals(free.toString())).findFirst().orElseThrow();
        assertThat(best.factors()).extracting(MatchService.Factor::name).contains("essential_skills", "occupation",
                "dutch_level");
        double sum = best.factors().stream().mapToDouble(MatchService.Factor::score).sum();
        assertThat(sum).as("the factors are the score").isCloseTo(best.score(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(best.gaps()).noneMatch(g -> g.startsWith("SKILL:"));
        assertThat(found.indexOf(best)).as("has everything the vacancy asks").isLessThan(3);
    }

    @Test
    void the_api_answers_matches_with_factors_explained_in_the_callers_language() throws Exception {
        UUID vacancyId = jdbc.sql("select id from vacancy where status = 'OPEN' order by id limit 1")
                .query(UUID.class).single();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/vacancies/" + vacancyId + "/matches?limit=5"))
                .header("Authorization", "Bearer demo-token").header("Accept-Language", "ar").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("matches").size()).isBetween(1, 5);
        var first = body.get("matches").get(0);
        assertThat(first.get("id").asString()).isNotBlank();
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("factors").get(0).get("text").asString()).matches(".*\\p{IsArabic}.*");
        assertThat(response.body()).doesNotContain("given_name", "email", "phone");
        assertThat(new nl.werkbrug.support.Http(port).get("/api/v1/vacancies/" + vacancyId + "/matches", null)
                .statusCode()).isEqualTo(401);
    }

    private UUID register(VacancyView vacancy, UUID location, NewcomerGroup group, RightToWork rights, int travelKm) {
        var draft = new CandidateDraft(new ContactDetails("Match", "Test " + group, null, null), group, location,
                CefrLevel.C1, Map.of(), 3, Map.of(vacancy.occupationUri(), 36),
                Set.copyOf(vacancy.essentialSkills()), Set.of(),
                new Availability(null, 24, 40, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), travelKm),
                rights, true, null, null, null, Map.of());
        return SystemTask.call("test", () -> candidates.register(draft)).id().value();
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

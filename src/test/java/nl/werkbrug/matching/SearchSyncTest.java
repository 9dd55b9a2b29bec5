package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Candidates and vacancies reach the real Elasticsearch through persisted events: consenting
 * candidates and open vacancies are indexed, a change shows up, a withdrawn consent removes the
 * document, and nothing that identifies a person is in it.
 */
@IntegrationTest
class SearchSyncTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    nl.werkbrug.employer.VacancyService vacancies;
    @Autowired
    MatchService matches;
    @Autowired
    nl.werkbrug.search.SearchIndexes indexes;
    @Autowired
    ObjectMapper json;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void consenting_candidates_and_open_vacancies_are_indexed() throws Exception {
        long consenting = jdbc.sql("select count(*) from candidate where matching_consent_at is not null")
                .query(Long.class).single();
        long open = jdbc.sql("select count(*) from vacancy where status = 'OPEN'").query(Long.class).single();
        assertThat(consenting).isPositive();
        awaitCount(SearchSync.CANDIDATES, consenting);
        awaitCount(SearchSync.VACANCIES, open);
    }

    @Test
    void a_change_is_indexed_and_a_withdrawn_consent_removes_the_document() throws Exception {
        UUID id = jdbc.sql("""
                        select id from candidate where matching_consent_at is not null and user_id is null
                        order by id desc limit 1""").query(UUID.class).single();
        CandidateProfile before = SystemTask.call("test", () -> candidates.profile(new CandidateId(id)));
        CefrLevel other = before.dutchLevel() == CefrLevel.B2 ? CefrLevel.A2 : CefrLevel.B2;
        SystemTask.run("test", () -> candidates.update(before.id(), draft(before, other, true)));
        awaitDocument(id, doc -> other.name().equals(doc.map(d -> d.get("dutch_level")).orElse(null)));

        SystemTask.run("test", () -> candidates.update(before.id(), draft(before, other, false)));
        awaitDocument(id, Optional::isEmpty);

        SystemTask.run("test", () -> candidates.update(before.id(), draft(before, before.dutchLevel(), true)));
        awaitDocument(id, Optional::isPresent);
    }

    @Test
    void a_withdrawn_consent_hides_the_person_from_every_search_at_once() throws Exception {
        UUID id = jdbc.sql("""
                        select id from candidate where matching_consent_at is not null and user_id is null
                        order by id limit 1""").query(UUID.class).single();
        CandidateProfile before = SystemTask.call("test", () -> candidates.profile(new CandidateId(id)));
        awaitDocument(id, Optional::isPresent);
        client.indices().refresh(r -> r.index(SearchSync.CANDIDATES));
        assertThat(searchHits(id)).isEqualTo(1);

        SystemTask.run("test", () -> candidates.update(before.id(), draft(before, before.dutchLevel(), false)));
        // no waiting: when the withdrawal returns, no search finds the person any more
        assertThat(searchHits(id)).isZero();

        SystemTask.run("test", () -> candidates.update(before.id(), draft(before, before.dutchLevel(), true)));
        awaitDocument(id, Optional::isPresent);
    }

    private long searchHits(UUID id) throws IOException {
        return client.search(s -> s.index(SearchSync.CANDIDATES).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.term(t -> t.field("candidate_id").value(id.toString()))), Map.class)
                .hits().total().value();
    }

    @Test
    void an_edit_made_while_the_index_refuses_writes_is_kept_and_indexed_once_it_accepts_them_again()
            throws Exception {
        UUID id = jdbc.sql("""
                        select id from candidate where matching_consent_at is not null and user_id is null
                        order by id limit 1""").query(UUID.class).single();
        awaitDocument(id, Optional::isPresent);
        CandidateProfile before = SystemTask.call("test", () -> candidates.profile(new CandidateId(id)));
        CefrLevel other = before.dutchLevel() == CefrLevel.C1 ? CefrLevel.A1 : CefrLevel.C1;
        blockWrites(true);
        try {
            SystemTask.run("test", () -> candidates.update(before.id(), draft(before, other, true)));
            assertThat(SystemTask.call("test", () -> candidates.profile(before.id())).dutchLevel())
                    .as("the edit itself succeeds").isEqualTo(other);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (unfinishedSyncs() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(unfinishedSyncs()).as("the failed indexing is kept to be tried again").isPositive();
            assertThat(document(id).orElseThrow().get("dutch_level")).isEqualTo(before.dutchLevel().name());
        } finally {
            blockWrites(false);
        }
        awaitDocument(id, doc -> other.name().equals(doc.map(d -> d.get("dutch_level")).orElse(null)));
    }

    @Test
    void a_full_rebuild_moves_the_alias_to_a_new_index_while_searches_keep_answering() throws Exception {
        long consenting = jdbc.sql("select count(*) from candidate where matching_consent_at is not null")
                .query(Long.class).single();
        awaitCount(SearchSync.CANDIDATES, consenting);
        var before = client.indices().getAlias(a -> a.name(SearchSync.CANDIDATES)).aliases().keySet();
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        var searches = new java.util.concurrent.atomic.AtomicInteger();
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    client.count(c -> c.index(SearchSync.CANDIDATES));
                    searches.incrementAndGet();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        var response = new Http(port).post("/api/v1/admin/search/rebuild", "demo-token", "");
        running.set(false);
        searcher.join();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var report = json.readTree(response.body());
        assertThat(report.get("candidates").asLong()).isEqualTo(consenting);
        var after = client.indices().getAlias(a -> a.name(SearchSync.CANDIDATES)).aliases().keySet();
        assertThat(after).containsExactly(report.get("candidatesIndex").asString()).doesNotContainAnyElementsOf(before);
        for (String old : before) {
            assertThat(client.indices().exists(e -> e.index(old)).value()).as(old + " deleted").isFalse();
        }
        assertThat(searches.get()).isPositive();
        assertThat(failures.get()).as("searches during the rebuild").isZero();
        assertThat(new Http(port).post("/api/v1/admin/search/rebuild", null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void an_edit_made_while_elasticsearch_is_stopped_appears_in_the_matches_after_it_restarts() throws Exception {
        UUID vacancyId = jdbc.sql("""
                        select id from vacancy where status = 'OPEN' and type = 'JOB' order by id limit 1""")
                .query(UUID.class).single();
        var vacancy = SystemTask.call("test", () -> vacancies.get(new VacancyId(vacancyId)));
        // someone who is not yet a fit, so that only the edit can make the index say otherwise
        UUID id = jdbc.sql("""
                        select id from candidate where matching_consent_at is not null and user_id is null
                        and newcomer_group = 'STATUS_HOLDER_WI2021' order by id offset 1 limit 50""")
                .query(UUID.class).list().stream()
                .filter(c -> !SystemTask.call("test", () -> candidates.profile(new CandidateId(c))).occupations()
                        .containsKey(vacancy.occupationUri()))
                .findFirst().orElseThrow();
        awaitDocument(id, Optional::isPresent);
        CandidateProfile before = SystemTask.call("test", () -> candidates.profile(new CandidateId(id)));
        var now = before.availability();
        // the edit makes the person a fit for the vacancy: its occupation, its skills, its place
        var fit = new CandidateDraft(before.contact(), before.group(), vacancy.locationId(), CefrLevel.C1,
                before.otherLanguages(), before.educationLevel(), Map.of(vacancy.occupationUri(), 24),
                vacancy.essentialSkills(), before.certificates(), new nl.werkbrug.candidate.Availability(null,
                now.hoursMin(), now.hoursMax(), now.days(), Math.max(10, now.maxTravelKm()), now.classDays()),
                before.rightToWork(), true, before.intakeDate(), before.userId(), before.jobhunterId(), Map.of());
        nl.werkbrug.platform.EmbeddedServers.stopSearch();
        try {
            SystemTask.run("test", () -> candidates.update(before.id(), fit));
            assertThat(SystemTask.call("test", () -> candidates.profile(before.id())).occupations())
                    .as("the edit succeeds with the search cluster down").containsKey(vacancy.occupationUri());
            assertThat(new Http(port).get("/actuator/health", null).body()).contains("DOWN");
        } finally {
            nl.werkbrug.platform.EmbeddedServers.startSearch(Duration.ofMinutes(3));
        }
        awaitDocument(id, doc -> doc.map(d -> String.valueOf(d.get("occupations"))).orElse("")
                .contains(vacancy.occupationUri())
                && vacancy.essentialSkills().stream().allMatch(doc.map(d -> String.valueOf(d.get("skills")))
                        .orElse("")::contains));
        client.indices().refresh(r -> r.index(SearchSync.CANDIDATES));
        var found = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(vacancyId), 100)).stream()
                .filter(m -> m.id().equals(id.toString())).findFirst();
        assertThat(found).as("the edited profile is proposed for the vacancy").isPresent();
        assertThat(found.get().factors()).extracting(MatchService.Factor::name).contains("occupation");
        assertThat(found.get().gaps()).noneMatch(g -> g.kind().equals("SKILL"));
    }

    @Test
    void an_index_made_from_an_older_definition_is_rebuilt_into_the_newest_one_on_its_own() throws Exception {
        long consenting = jdbc.sql("select count(*) from candidate where matching_consent_at is not null")
                .query(Long.class).single();
        awaitCount(SearchSync.CANDIDATES, consenting);
        // as an upgrade finds it: the alias on an index of the first definition
        var current = client.indices().getAlias(a -> a.name(SearchSync.CANDIDATES)).aliases().keySet();
        try (var body = new org.springframework.core.io.ClassPathResource("search-config/candidates-v1.json")
                .getInputStream()) {
            client.indices().create(c -> c.index("candidates-v1-upgrade").withJson(body));
        }
        client.indices().updateAliases(u -> {
            current.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(SearchSync.CANDIDATES))));
            return u.actions(a -> a.add(add -> add.index("candidates-v1-upgrade").alias(SearchSync.CANDIDATES)
                    .isWriteIndex(true)));
        });
        for (String old : current) {
            client.indices().delete(d -> d.index(old));
        }
        assertThat(indexes.ensure()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String newest = nl.werkbrug.search.SearchIndexes.latest("candidates").index();
        java.util.Set<String> now = java.util.Set.of();
        while (System.nanoTime() < deadline) {
            now = client.indices().getAlias(a -> a.name(SearchSync.CANDIDATES)).aliases().keySet();
            // the alias moves first, the old index is deleted right after
            if (now.stream().anyMatch(n -> n.startsWith(newest))
                    && !client.indices().exists(e -> e.index("candidates-v1-upgrade")).value()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(now).singleElement().asString().startsWith(newest + "-");
        assertThat(client.indices().exists(e -> e.index("candidates-v1-upgrade")).value()).as("the old index deleted")
                .isFalse();
        awaitCount(SearchSync.CANDIDATES, consenting);
    }

    @Test
    void no_document_holds_anything_that_identifies_a_person() throws Exception {
        UUID id = jdbc.sql("select id from candidate where matching_consent_at is not null order by id limit 1")
                .query(UUID.class).single();
        awaitDocument(id, Optional::isPresent);
        var contact = jdbc.sql("select given_name, family_name, email, phone from candidate_contact where candidate_id = ?")
                .param(id).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).single();
        String source = json.writeValueAsString(document(id).orElseThrow());
        for (String value : contact) {
            if (value != null && value.length() >= 3) { // an initial ("A.") is in any text
                assertThat(source).doesNotContainIgnoringCase(value);
            }
        }
        assertThat(document(id).orElseThrow().keySet()).doesNotContain("name", "given_name", "family_name", "email",
                "phone", "birth_date", "age", "gender", "nationality", "religion", "ethnicity", "health", "photo");
    }

    private long unfinishedSyncs() {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and listener_id like '%SearchSync%'""")
                .query(Long.class).single();
    }

    /** As a full disk or a read-only cluster would: the index refuses writes. */
    private void blockWrites(boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(SearchSync.CANDIDATES)
                .settings(s -> s.blocks(b -> b.write(blocked))));
    }

    private static CandidateDraft draft(CandidateProfile p, CefrLevel dutch, boolean consent) {
        return new CandidateDraft(p.contact(), p.group(), p.locationId(), dutch, p.otherLanguages(), p.educationLevel(),
                p.occupations(), p.skills(), p.certificates(), p.availability(), p.rightToWork(), consent,
                p.intakeDate(), p.userId(), p.jobhunterId(), p.sources());
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> document(UUID id) throws IOException {
        var found = client.get(g -> g.index(SearchSync.CANDIDATES).id(id.toString()), Map.class);
        return found.found() ? Optional.of((Map<String, Object>) found.source()) : Optional.empty();
    }

    private void awaitDocument(UUID id, Predicate<Optional<Map<String, Object>>> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!expected.test(document(id)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(expected.test(document(id))).as("document of %s: %s", id, document(id)).isTrue();
    }

    private void awaitCount(String alias, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long count;
        do {
            client.indices().refresh(r -> r.index(alias));
            count = client.count(c -> c.index(alias)).count();
            if (count == expected) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertThat(count).as(alias).isEqualTo(expected);
    }
}

package nl.werkbrug.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.SearchRebuild;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching at scale on the embedded PostgreSQL and Elasticsearch: a synthetic population from ESCO
 * (100,000 consenting candidates, 2,000 who did not consent, 20,000 open vacancies) is copied into
 * PostgreSQL, the search indices are rebuilt from it with the real full rebuild, and then
 * {@link MatchService} is timed both ways next to a plain lexical query on the same index in the same
 * run. A benchmark, not a test: it reports, it does not assert. Run with
 * {@code ./mvnw test -Dtest=MatchingScaleBenchmark -Dbenchmark=true} (smaller:
 * {@code -Dbenchmark.candidates=10000 -Dbenchmark.vacancies=2000}).
 *
 * <p>Every call has an input of its own (no vacancy or candidate is asked twice, so no cache answers
 * for an earlier call). Each kind of query is timed first right after the rebuild, when both JVMs
 * still compile their hot paths; then, after a warm-up, in rounds whose spread shows how far one
 * run's figures can be trusted. A kind of query is a {@link Kind}: its name and its call.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MatchingScaleBenchmark {

    private static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 100_000);
    private static final int VACANCIES = Integer.getInteger("benchmark.vacancies", 20_000);
    private static final int WITHOUT_CONSENT = CANDIDATES / 50;
    /** Calls timed right after the rebuild, as the first users after a restart would meet them. */
    private static final int COLD = 300;
    /** Untimed calls before the steady-state rounds: the JIT of both JVMs and the caches settle. */
    private static final int WARM_UP = 2_000;
    /** Steady-state rounds, each on inputs of its own, so their spread shows within one run. */
    private static final int ROUNDS = 3;
    private static final int MEASURED = 300;
    private static final int WANTED = 20;
    private static final long SEED = 20_261_129L;

    /**
     * What the timings run on: different vacancies (with their titles) and candidates, in the order
     * they are used: the cold calls, the warm-up, then each round. A small population is used again
     * from the start when it runs out.
     */
    record Sample(List<Vacancy> vacancies, List<CandidateId> candidates) {
        static final int SIZE = COLD + WARM_UP + ROUNDS * MEASURED;

        static <T> List<T> slice(List<T> all, int from, int count) {
            return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> all.get(i % all.size())).toList();
        }
    }

    record Vacancy(VacancyId id, String title) {
    }

    /** One kind of query: its name and the call, given the index of an input in the sample. */
    record Kind(String name, java.util.function.IntUnaryOperator call) {
    }

    /** The times of a set of calls, in milliseconds, and how many results they gave on average. */
    record Timing(List<Double> millis, double results) {
        double p(double percentile) {
            return Metrics.percentile(millis, percentile);
        }
    }

    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    OrganisationService organisations;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchRebuild rebuild;
    @Autowired
    MatchService matches;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    Clock clock;

    @Test
    void matching_at_scale() throws IOException {
        StringBuilder report = new StringBuilder();
        String loadBefore = loadAverage();
        Sample sample = load(report);

        long start = System.nanoTime();
        var rebuilt = SystemTask.call("benchmark", rebuild::rebuildAll);
        double rebuildSeconds = (System.nanoTime() - start) / 1e9;
        report.append("| full rebuild from PostgreSQL (`SearchRebuild.rebuildAll`), both indices | %.1f s | |%n"
                .formatted(rebuildSeconds))
                .append("| of which the candidates index: %,d candidates | %.1f s | target ≤ 60 s |%n"
                        .formatted(rebuilt.candidates(), rebuilt.candidatesMillis() / 1000.0))
                .append("| of which the vacancies index: %,d vacancies | %.1f s | |%n"
                        .formatted(rebuilt.vacancies(), rebuilt.vacanciesMillis() / 1000.0));

        List<Kind> kinds = List.of(candidatesForVacancies(sample), vacanciesForCandidates(sample),
                lexicalQuery(sample));
        Map<Kind, Timing> cold = new java.util.LinkedHashMap<>();
        kinds.forEach(kind -> cold.put(kind, measure(kind, 0, COLD)));
        kinds.forEach(kind -> measure(kind, COLD, WARM_UP));
        Map<Kind, List<Timing>> rounds = new java.util.LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            int from = COLD + WARM_UP + round * MEASURED;
            kinds.forEach(kind -> rounds.computeIfAbsent(kind, k -> new ArrayList<>()).add(measure(kind, from, MEASURED)));
        }
        report.append("""

                | query (different inputs throughout) | first %d after the rebuild: p50 / p95 | \
                steady, %d × %d after %d for warm-up: p50 | p95 | p99 | p50 per round | results (mean) |
                |---|---|---|---|---|---|---|
                """.formatted(COLD, ROUNDS, MEASURED, WARM_UP));
        kinds.forEach(kind -> {
            var all = new Timing(rounds.get(kind).stream().flatMap(t -> t.millis().stream()).toList(),
                    rounds.get(kind).stream().mapToDouble(Timing::results).average().orElse(0));
            report.append("| %s | %.1f / %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %.1f |%n".formatted(kind.name(),
                    cold.get(kind).p(50), cold.get(kind).p(95), all.p(50), all.p(95), all.p(99),
                    String.join(" / ", rounds.get(kind).stream().map(t -> "%.1f".formatted(t.p(50))).toList()),
                    all.results()));
        });
        report.append("\nLoad average (1, 5, 15 min) at the start: %s; at the end: %s.%n".formatted(loadBefore,
                loadAverage()));
        write(report.toString());
    }

    /** The matches of a vacancy as a jobhunter asks for them: the whole service call, database look-ups included. */
    private Kind candidatesForVacancies(Sample sample) {
        return new Kind("`MatchService.candidatesFor(vacancy, " + WANTED + ")`",
                i -> matches.candidatesFor(sample.vacancies().get(i).id(), WANTED).size());
    }

    /** The other way: the vacancies for a candidate, as their jobhunter or the person asks for them. */
    private Kind vacanciesForCandidates(Sample sample) {
        return new Kind("`MatchService.vacanciesFor(candidate, " + WANTED + ")`",
                i -> matches.vacanciesFor(sample.candidates().get(i), WANTED).size());
    }

    /** The baseline: a plain {@code match} of the vacancy title on the candidates' text, top 20. */
    private Kind lexicalQuery(Sample sample) {
        return new Kind("lexical: `match` of the title on `text`, size " + WANTED, i -> {
            try {
                return client.search(s -> s.index("candidates").size(WANTED)
                        .query(q -> q.match(m -> m.field("text").query(sample.vacancies().get(i).title()))),
                        Map.class).hits().hits().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Times {@code count} calls of a kind of query from input {@code from} on, one after the other, as ADMIN. */
    private static Timing measure(Kind kind, int from, int count) {
        return SystemTask.call("benchmark", () -> {
            List<Double> millis = new ArrayList<>();
            long results = 0;
            for (int i = from; i < from + count; i++) {
                long start = System.nanoTime();
                results += kind.call().applyAsInt(i);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return new Timing(millis, (double) results / count);
        });
    }

    /** Generates the population, copies it into PostgreSQL and picks what the timings run on. */
    private Sample load(StringBuilder report) {
        var population = new SyntheticPopulation(taxonomy, LocalDate.now(clock), SEED);
        List<LocationView> neighbourhoods = SystemTask.call("benchmark", () -> population
                .neighbourhoods(organisations.locations(), 20, 15).stream().map(organisations::register).toList());
        List<UUID> employers = jdbc.sql("select id from employer order by id").query(UUID.class).list();

        long start = System.nanoTime();
        var people = population.candidates(CANDIDATES, WITHOUT_CONSENT, neighbourhoods);
        var posts = population.vacancies(VACANCIES, employers, neighbourhoods);
        double generated = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        var loader = new PopulationLoader(dataSource);
        loader.candidates(people, clock.instant());
        loader.vacancies(posts);
        loader.vacuum();
        double loaded = (System.nanoTime() - start) / 1e9;
        long skills = people.stream().mapToLong(p -> p.draft().skills().size()).sum();
        report.append("""
                Synthetic population (seed %d): %,d candidates (%,d of them without consent to matching, %.1f skills \
                each on average), %,d open vacancies, %,d locations; Elasticsearch heap 512 MB, %d cores.

                | step | time | |
                |---|---|---|
                | generate from ESCO | %.1f s | |
                | copy into PostgreSQL (`COPY`, all tables) and `vacuum analyze` | %.1f s | |
                """.formatted(SEED, people.size(), WITHOUT_CONSENT, (double) skills / people.size(), posts.size(),
                neighbourhoods.size(), Runtime.getRuntime().availableProcessors(), generated, loaded));

        Random random = new Random(SEED);
        var vacancies = new ArrayList<>(posts.stream().map(p -> new Vacancy(new VacancyId(p.id()), p.draft().title()))
                .toList());
        Collections.shuffle(vacancies, random);
        var candidates = new ArrayList<>(people.subList(0, CANDIDATES).stream()
                .map(p -> new CandidateId(p.id())).toList());
        Collections.shuffle(candidates, random);
        return new Sample(Sample.slice(vacancies, 0, Sample.SIZE), Sample.slice(candidates, 0, Sample.SIZE));
    }

    /** The machine's load average, as other work on it affects every figure here. */
    private static String loadAverage() {
        try {
            return String.join(", ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void write(String table) throws IOException {
        String text = "### Matching at scale\n\n" + table + "\n";
        System.out.println(text);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/matching-scale.md"), text);
    }
}

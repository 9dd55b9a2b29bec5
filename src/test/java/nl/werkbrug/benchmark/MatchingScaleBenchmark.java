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
import java.util.function.ToIntFunction;
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
 * {@link MatchService} is timed over hundreds of different vacancies next to a plain lexical query on
 * the same index in the same run. A benchmark, not a test: it reports, it does not assert. Run with
 * {@code ./mvnw test -Dtest=MatchingScaleBenchmark -Dbenchmark=true} (smaller:
 * {@code -Dbenchmark.candidates=10000 -Dbenchmark.vacancies=2000}).
 *
 * <p>Each kind of query is one method that hands {@link #measure} its inputs and call, and one entry in
 * the list of timings; the sample already holds candidates for timing the other direction (vacancies
 * for a candidate).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MatchingScaleBenchmark {

    private static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 100_000);
    private static final int VACANCIES = Integer.getInteger("benchmark.vacancies", 20_000);
    private static final int WITHOUT_CONSENT = CANDIDATES / 50;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 300;
    private static final int WANTED = 20;
    private static final long SEED = 20_261_129L;

    /** What the timings run on: different vacancies (with their titles) and candidates, warm-up first. */
    record Sample(List<Vacancy> vacancies, List<CandidateId> candidates) {
    }

    record Vacancy(VacancyId id, String title) {
    }

    /** The times of one kind of query, in milliseconds, and how many results it gave on average. */
    record Timing(String name, int runs, double p50, double p95, double p99, double results) {
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

        List<Timing> timings = List.of(candidatesForVacancies(sample), vacanciesForCandidates(sample),
                lexicalQuery(sample));
        report.append("\n| query (%d different vacancies after %d for warm-up) | p50 | p95 | p99 | results (mean) |%n"
                .formatted(MEASURED, WARM_UP)).append("|---|---|---|---|---|\n");
        timings.forEach(t -> report.append("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f |%n"
                .formatted(t.name(), t.p50(), t.p95(), t.p99(), t.results())));
        report.append("\nLoad average (1, 5, 15 min) at the start: %s; at the end: %s.%n".formatted(loadBefore,
                loadAverage()));
        write(report.toString());
    }

    /** The matches of a vacancy as a jobhunter asks for them: the whole service call, database look-ups included. */
    private Timing candidatesForVacancies(Sample sample) {
        return measure("`MatchService.candidatesFor(vacancy, " + WANTED + ")`", sample.vacancies(),
                v -> matches.candidatesFor(v.id(), WANTED).size());
    }

    /** The other way: the vacancies for a candidate, as their jobhunter or the person asks for them. */
    private Timing vacanciesForCandidates(Sample sample) {
        return measure("`MatchService.vacanciesFor(candidate, " + WANTED + ")`", sample.candidates(),
                c -> matches.vacanciesFor(c, WANTED).size());
    }

    /** The baseline: a plain {@code match} of the vacancy title on the candidates' text, top 20. */
    private Timing lexicalQuery(Sample sample) {
        return measure("lexical: `match` of the title on `text`, size " + WANTED, sample.vacancies(), v -> {
            try {
                return client.search(s -> s.index("candidates").size(WANTED)
                        .query(q -> q.match(m -> m.field("text").query(v.title()))), Map.class).hits().hits().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs {@code call} on the first {@link #WARM_UP} inputs untimed, then times it on the others, as ADMIN. */
    private static <T> Timing measure(String name, List<T> inputs, ToIntFunction<T> call) {
        return SystemTask.call("benchmark", () -> {
            inputs.subList(0, WARM_UP).forEach(call::applyAsInt);
            List<Double> millis = new ArrayList<>();
            long results = 0;
            for (T input : inputs.subList(WARM_UP, inputs.size())) {
                long start = System.nanoTime();
                results += call.applyAsInt(input);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return new Timing(name, millis.size(), Metrics.percentile(millis, 50), Metrics.percentile(millis, 95),
                    Metrics.percentile(millis, 99), (double) results / millis.size());
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
        int size = WARM_UP + MEASURED;
        return new Sample(List.copyOf(vacancies.subList(0, size)), List.copyOf(candidates.subList(0, size)));
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

package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.organisation.GeoPoint;
import nl.werkbrug.search.SearchIndexes;
import nl.werkbrug.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A full rebuild of the search indices without downtime: a new concrete index from the newest
 * definition in {@code search-config/}, loaded in bulk from PostgreSQL, then the alias moves to it in
 * one atomic step and the old index is deleted. Searches keep using the old index until the switch.
 * What changed while the new index was loading is indexed once more right after the switch.
 */
@Service
public class SearchRebuild {

    /** What a rebuild did: the new indices, their documents, and how long it took (each index, and in all). */
    public record Report(String candidatesIndex, long candidates, String vacanciesIndex, long vacancies,
                         long millis, long candidatesMillis, long vacanciesMillis) {
    }

    private record Loaded(String index, long millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final int BATCH = 500;
    /** Bulk requests on their way at the same time: Elasticsearch indexes them on as many threads. */
    private static final int CONCURRENT_REQUESTS = 2;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final IndexDocuments documents;
    private final SearchSync sync;
    private final AuditLog auditLog;
    private final IndexState indexState;
    private final Clock clock;

    SearchRebuild(ElasticsearchClient client, CandidateService candidates, VacancyService vacancies,
                  IndexDocuments documents, SearchSync sync, AuditLog auditLog, IndexState indexState, Clock clock) {
        this.indexState = indexState;
        this.client = client;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.documents = documents;
        this.sync = sync;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * After an upgrade that changed an index definition, moves the indices to the new definition
     * without waiting for an administrator; searches keep answering from the old index meanwhile.
     */
    @org.springframework.context.event.EventListener
    @org.springframework.scheduling.annotation.Async
    void on(nl.werkbrug.search.SearchIndexOutdated event) {
        log.info("Index definition {} is newer than the index behind {}: full rebuild", event.newestIndex(),
                event.alias());
        nl.werkbrug.security.SystemTask.run("search-upgrade", this::rebuildAll);
    }

    /** Rebuilds both indices; only administrators (in the UI or with an {@code admin} token). */
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized Report rebuildAll() {
        long start = System.nanoTime();
        Instant since = clock.instant();
        Map<UUID, GeoPoint> places = documents.places();
        Map<UUID, String> sectors = documents.sectors();
        Loaded candidateIndex = rebuild(SearchSync.CANDIDATES, candidates.allIds(), batch -> candidates.forIndex(batch)
                .stream().filter(p -> p.matchingConsentAt() != null)
                .collect(Collectors.toMap(p -> p.id().value().toString(),
                        p -> documents.candidate(p, clock.instant(), places))));
        Loaded vacancyIndex = rebuild(SearchSync.VACANCIES, vacancies.allIds(), batch -> vacancies.forIndex(batch)
                .stream().filter(v -> v.status() == VacancyStatus.OPEN)
                .collect(Collectors.toMap(v -> v.id().value().toString(),
                        v -> documents.vacancy(v, clock.instant(), places, sectors))));
        indexState.rebuilt();
        // what changed while loading went to the old index: index it again, now into the new one
        candidates.changedSince(since).forEach(sync::candidate);
        vacancies.changedSince(since).forEach(sync::vacancy);
        var report = new Report(candidateIndex.index(), count(candidateIndex.index()), vacancyIndex.index(),
                count(vacancyIndex.index()), (System.nanoTime() - start) / 1_000_000, candidateIndex.millis(),
                vacancyIndex.millis());
        auditLog.record("REBUILD", "search", "all", report.candidates() + " candidates, " + report.vacancies()
                + " vacancies");
        log.info("Search indices rebuilt: {}", report);
        return report;
    }

    /**
     * Loads a new index from the newest definition with the documents of {@code ids}, read {@link #BATCH}
     * at a time ({@code documents} answers the document of each ID that belongs in the index), and moves
     * the alias to it. The index does not refresh while it loads; it is refreshed and merged into one
     * segment before the switch.
     */
    private <I> Loaded rebuild(String alias, List<I> ids,
                               Function<List<I>, Map<String, Map<String, Object>>> documents) {
        try {
            long start = System.nanoTime();
            var definition = SearchIndexes.latest(alias);
            String index = definition.index() + "-" + STAMP.format(clock.instant());
            try (InputStream body = definition.resource().getInputStream()) {
                client.indices().create(c -> c.index(index).withJson(body));
            }
            refreshInterval(index, JsonData.of("-1"));
            try (var loader = new BulkLoader(client, index, CONCURRENT_REQUESTS)) {
                for (int from = 0; from < ids.size(); from += BATCH) {
                    loader.add(documents.apply(ids.subList(from, Math.min(from + BATCH, ids.size()))));
                }
            }
            client.indices().refresh(r -> r.index(index));
            long loaded = System.nanoTime();
            mergeSegments(index);
            refreshInterval(index, JsonData.fromJson("null"));
            log.info("{}: {} rows read and loaded in {} ms, merged in {} ms", index, ids.size(),
                    (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
            List<String> old = client.indices().getAlias(a -> a.name(alias)).aliases().keySet().stream().toList();
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
            });
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            return new Loaded(index, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges a freshly loaded index into one segment, as the bulk load leaves it in a dozen or more:
     * every search then visits one segment, which makes matching several times cheaper. The merge runs
     * as a task that is polled, so a large index does not run into the client's socket timeout.
     */
    private void mergeSegments(String index) throws IOException {
        String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
                .task();
        if (task == null) {
            return;
        }
        var state = client.tasks().get(t -> t.taskId(task));
        while (!state.completed()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while merging " + index, e);
            }
            state = client.tasks().get(t -> t.taskId(task));
        }
        if (state.error() != null) {
            throw new IllegalStateException("merging " + index + " failed: " + state.error().reason());
        }
    }

    /** Sets the refresh interval of an index; JSON {@code null} restores the default (the definitions set none). */
    private void refreshInterval(String index, JsonData interval) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.otherSettings("index.refresh_interval",
                interval)));
    }

    private long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

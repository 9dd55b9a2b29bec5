package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
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

    /** What a rebuild did. */
    public record Report(String candidatesIndex, long candidates, String vacanciesIndex, long vacancies,
                         long millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final int BATCH = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final IndexDocuments documents;
    private final SearchSync sync;
    private final AuditLog auditLog;
    private final Clock clock;

    SearchRebuild(ElasticsearchClient client, CandidateService candidates, VacancyService vacancies,
                  IndexDocuments documents, SearchSync sync, AuditLog auditLog, Clock clock) {
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
        String candidateIndex = rebuild(SearchSync.CANDIDATES, candidates.allIds(), id -> id.value().toString(),
                id -> candidates.forIndex(id).filter(p -> p.matchingConsentAt() != null)
                        .map(p -> documents.candidate(p, clock.instant())).orElse(null));
        String vacancyIndex = rebuild(SearchSync.VACANCIES, vacancies.allIds(), id -> id.value().toString(),
                id -> vacancies.forIndex(id).filter(v -> v.status() == VacancyStatus.OPEN)
                        .map(v -> documents.vacancy(v, clock.instant())).orElse(null));
        // what changed while loading went to the old index: index it again, now into the new one
        candidates.changedSince(since).forEach(sync::candidate);
        vacancies.changedSince(since).forEach(sync::vacancy);
        var report = new Report(candidateIndex, count(candidateIndex), vacancyIndex, count(vacancyIndex),
                (System.nanoTime() - start) / 1_000_000);
        auditLog.record("REBUILD", "search", "all", report.candidates() + " candidates, " + report.vacancies()
                + " vacancies");
        log.info("Search indices rebuilt: {}", report);
        return report;
    }

    private <I> String rebuild(String alias, List<I> ids, Function<I, String> key,
                               Function<I, Map<String, Object>> document) {
        try {
            var definition = SearchIndexes.latest(alias);
            String index = definition.index() + "-" + STAMP.format(clock.instant());
            try (InputStream body = definition.resource().getInputStream()) {
                client.indices().create(c -> c.index(index).withJson(body));
            }
            List<BulkOperation> batch = new ArrayList<>();
            for (I id : ids) {
                Map<String, Object> doc = document.apply(id);
                if (doc != null) {
                    batch.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(key.apply(id)).document(doc))));
                }
                if (batch.size() == BATCH) {
                    flush(batch);
                }
            }
            flush(batch);
            client.indices().refresh(r -> r.index(index));
            List<String> old = client.indices().getAlias(a -> a.name(alias)).aliases().keySet().stream().toList();
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
            });
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush(List<BulkOperation> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        var response = client.bulk(b -> b.operations(batch));
        if (response.errors()) {
            throw new IllegalStateException("bulk load failed: " + response.items().stream()
                    .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
        }
        batch.clear();
    }

    private long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

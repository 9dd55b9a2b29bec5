package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.werkbrug.candidate.CandidateChanged;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.MatchingConsentWithdrawn;
import nl.werkbrug.employer.VacancyChanged;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.search.SearchIndexes;
import nl.werkbrug.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search indices in step with PostgreSQL. Every change of a candidate or vacancy publishes
 * an event that Spring Modulith stores with the change, in the same transaction; this listener
 * indexes (or removes) the document after the commit. When Elasticsearch is down the listener fails,
 * the publication stays incomplete, and it is tried again every {@code werkbrug.search.resubmit-interval}
 * until it succeeds, so no edit is lost and edits never wait for the search cluster.
 *
 * <p>Only candidates who consented to matching are in the index; a withdrawn consent or an erased
 * profile removes the document. Only open vacancies are searchable by matching; others are removed.
 */
@Component
class SearchSync {

    static final String CANDIDATES = "candidates";
    static final String VACANCIES = "vacancies";
    private static final Logger log = LoggerFactory.getLogger(SearchSync.class);

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final IndexDocuments documents;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final Duration retryAfter;

    SearchSync(ElasticsearchClient client, SearchIndexes indexes, CandidateService candidates, VacancyService vacancies,
               IndexDocuments documents, IncompleteEventPublications incomplete, Clock clock,
               @Value("${werkbrug.search.retry-after:30s}") Duration retryAfter) {
        this.client = client;
        this.indexes = indexes;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.documents = documents;
        this.incomplete = incomplete;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    @ApplicationModuleListener
    void on(CandidateChanged event) {
        SystemTask.run("search-sync", () -> candidate(event.candidateId()));
    }

    @ApplicationModuleListener
    void on(VacancyChanged event) {
        SystemTask.run("search-sync", () -> vacancy(event.vacancyId()));
    }

    /**
     * Someone who withdrew their consent or was erased leaves the index at once, when the change is
     * committed, so that no search finds them from then on. Should Elasticsearch not answer now, the
     * persisted event above removes them once it does.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void removeAtOnce(MatchingConsentWithdrawn event) {
        removeNow(event.candidateId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void removeErasedAtOnce(CandidateChanged event) {
        if (event.erased()) {
            removeNow(event.candidateId());
        }
    }

    private void removeNow(CandidateId id) {
        try {
            if (indexes.ready()) {
                remove(CANDIDATES, id.value().toString());
            }
        } catch (RuntimeException e) {
            log.info("{} not removed from the index yet, the event will: {}", id, e.getMessage());
        }
    }

    /** Indexes one candidate as the database has it now (or removes them from the index). */
    void candidate(CandidateId id) {
        requireIndices();
        var profile = candidates.forIndex(id).filter(p -> p.matchingConsentAt() != null);
        if (profile.isPresent()) {
            put(CANDIDATES, id.value().toString(), documents.candidate(profile.get(), clock.instant()));
        } else {
            remove(CANDIDATES, id.value().toString());
        }
    }

    /** Indexes one vacancy as the database has it now; only open vacancies stay in the index. */
    void vacancy(VacancyId id) {
        requireIndices();
        var vacancy = vacancies.forIndex(id).filter(v -> v.status() == VacancyStatus.OPEN);
        if (vacancy.isPresent()) {
            put(VACANCIES, id.value().toString(), documents.vacancy(vacancy.get(), clock.instant()));
        } else {
            remove(VACANCIES, id.value().toString());
        }
    }

    /** Tries again what could not be indexed, for instance while Elasticsearch was down. */
    @Scheduled(initialDelayString = "${werkbrug.search.resubmit-interval:30s}",
            fixedDelayString = "${werkbrug.search.resubmit-interval:30s}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }

    private void requireIndices() {
        // writing before the indices exist would make Elasticsearch invent an index under the alias name
        if (!indexes.ready() && !indexes.ensure()) {
            throw new IllegalStateException("search indices not ready");
        }
    }

    private void put(String alias, String id, Map<String, Object> document) {
        try {
            client.index(i -> i.index(alias).id(id).requireAlias(true).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remove(String alias, String id) {
        try {
            // visible to searches at once: removals are rare, and a person who withdrew must not be found
            client.delete(d -> d.index(alias).id(id).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.debug("{} {} not (or no longer) in the index", alias, id);
    }
}

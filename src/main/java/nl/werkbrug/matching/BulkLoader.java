package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Sends documents to one index in bulk requests, a few at a time: while Elasticsearch indexes one
 * batch, the next is read from the database and another is sent, so the database, this application
 * and the search cluster work at the same time. {@link #close()} waits for every request and fails
 * when one failed.
 */
final class BulkLoader implements AutoCloseable {

    private final ElasticsearchClient client;
    private final String index;
    private final ExecutorService senders;
    private final Semaphore slots;
    private final List<Future<?>> sent = new ArrayList<>();

    BulkLoader(ElasticsearchClient client, String index, int concurrentRequests) {
        this.client = client;
        this.index = index;
        this.senders = Executors.newFixedThreadPool(concurrentRequests, Thread.ofPlatform().daemon()
                .name("bulk-" + index + "-", 1).factory());
        this.slots = new Semaphore(concurrentRequests);
    }

    /** Sends documents by ID; waits while as many requests as allowed are on their way. */
    void add(Map<String, Map<String, Object>> documents) {
        failFast();
        if (documents.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        documents.forEach((id, doc) -> operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(id)
                .document(doc)))));
        slots.acquireUninterruptibly();
        try {
            sent.add(senders.submit(() -> {
                try {
                    send(operations);
                } finally {
                    slots.release();
                }
                return null;
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    @Override
    public void close() {
        senders.close();
        sent.forEach(BulkLoader::outcome);
    }

    private void send(List<BulkOperation> operations) throws IOException {
        var response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            throw new IllegalStateException("bulk load of " + index + " failed: " + response.items().stream()
                    .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
        }
    }

    /** Stops early when a request already failed, instead of reading everything first. */
    private void failFast() {
        sent.stream().filter(Future::isDone).forEach(BulkLoader::outcome);
        sent.removeIf(Future::isDone);
    }

    private static void outcome(Future<?> request) {
        try {
            request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

package nl.werkbrug.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and Elasticsearch of one JVM. Several application contexts (as in tests)
 * share them; they stop when the last context that uses them closes, or when the JVM exits.
 */
public final class EmbeddedServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);
    private static final Object LOCK = new Object();
    private static @Nullable EmbeddedServers instance;

    private final Path dataDirectory;
    private @Nullable EmbeddedPostgres postgres;
    private @Nullable EmbeddedElasticsearch elasticsearch;
    private @Nullable EmbeddedSettings settings;
    private int searchPort;
    private int users;

    private EmbeddedServers(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        // Runs after Spring has closed every application context, so nothing uses the servers any more.
        org.springframework.boot.SpringApplication.getShutdownHandlers().add(this::stop);
    }

    /** Starts what is asked for (once per JVM) and answers the properties that point Spring at it. */
    static Map<String, Object> acquire(EmbeddedSettings settings) {
        synchronized (LOCK) {
            if (instance == null) {
                if (settings.cleanOnStart()) {
                    clean(settings.dataDirectory());
                }
                instance = new EmbeddedServers(settings.dataDirectory());
            } else if (!instance.dataDirectory.equals(settings.dataDirectory())) {
                throw new IllegalStateException("Embedded servers already run on " + instance.dataDirectory);
            }
            instance.users++;
            return instance.startWhatIsMissing(settings);
        }
    }

    /** One application context's use of the servers; released when that context closes. */
    static final class Lease implements org.springframework.beans.factory.DisposableBean {

        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

        @Override
        public void destroy() {
            if (released.compareAndSet(false, true)) {
                release();
            }
        }
    }

    /** Empties the data directory (tests), after stopping what an earlier run may have left running. */
    private static void clean(Path dataDirectory) {
        try {
            ProcessCleanup.stopStalePostgres(dataDirectory.resolve("postgres"));
            ProcessCleanup.stopStale(dataDirectory.resolve("elasticsearch/elasticsearch.pid"), "java");
            if (java.nio.file.Files.exists(dataDirectory)) {
                try (var paths = java.nio.file.Files.walk(dataDirectory)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.delete(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + dataDirectory, e);
        }
    }

    static void release() {
        synchronized (LOCK) {
            if (instance != null && --instance.users <= 0) {
                instance.stop();
                instance = null;
            }
        }
    }

    /** Waits until the embedded search server answers; a no-op when none was started. */
    public static void awaitSearchReady(Duration timeout) {
        EmbeddedElasticsearch search;
        synchronized (LOCK) {
            search = instance == null ? null : instance.elasticsearch;
        }
        if (search == null) {
            return;
        }
        try {
            search.ready().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded search server is not ready", e);
        }
    }

    /**
     * Stops the embedded search server while the application runs, as an outage would; for showing
     * that edits survive it. {@link #startSearch} brings it back on the same port with the same data.
     */
    public static void stopSearch() {
        synchronized (LOCK) {
            if (instance != null && instance.elasticsearch != null) {
                instance.elasticsearch.close();
                instance.elasticsearch = null;
                log.warn("Embedded Elasticsearch stopped on request");
            }
        }
    }

    /** Starts the embedded search server again after {@link #stopSearch} and waits until it answers. */
    public static void startSearch(Duration timeout) {
        synchronized (LOCK) {
            if (instance == null || instance.settings == null || instance.elasticsearch != null) {
                return;
            }
            var settings = instance.settings;
            try {
                instance.elasticsearch = EmbeddedElasticsearch.start(settings.elasticsearchHome(),
                        instance.dataDirectory.resolve("elasticsearch"), settings.elasticsearchHeap(),
                        settings.elasticsearchUser(), instance.searchPort);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded search server again", e);
            }
        }
        awaitSearchReady(timeout);
    }

    private Map<String, Object> startWhatIsMissing(EmbeddedSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        try {
            if (settings.elasticsearch() && elasticsearch == null) {
                elasticsearch = EmbeddedElasticsearch.start(settings.elasticsearchHome(),
                        dataDirectory.resolve("elasticsearch"), settings.elasticsearchHeap(), settings.elasticsearchUser());
                this.settings = settings;
                this.searchPort = elasticsearch.port();
            }
            if (settings.postgres() && postgres == null) {
                postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"));
            }
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Could not start the embedded servers: " + e.getMessage(), e);
        }
        if (postgres != null && settings.postgres()) {
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
        }
        if (elasticsearch != null && settings.elasticsearch()) {
            properties.put("spring.elasticsearch.uris", elasticsearch.uri());
        }
        return properties;
    }

    private synchronized void stop() {
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            postgres = null;
        }
    }
}

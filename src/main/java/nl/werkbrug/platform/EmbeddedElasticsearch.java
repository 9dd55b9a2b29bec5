package nl.werkbrug.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node run as a child process from the distribution that the build unpacks.
 * Configuration, data and logs live under the data directory; the distribution itself is only read.
 * Elasticsearch refuses to run as root, so a root process starts it as a dedicated system user.
 */
final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final Process process;
    private final int port;
    private final CompletableFuture<Void> ready;

    private EmbeddedElasticsearch(Process process, int port) {
        this.process = process;
        this.port = port;
        this.ready = CompletableFuture.runAsync(this::waitUntilHealthy);
    }

    static EmbeddedElasticsearch start(Path home, Path dataDirectory, String heap, String serviceUser)
            throws IOException {
        return start(home, dataDirectory, heap, serviceUser, FreePort.find());
    }

    /** Starts on a given HTTP port (a restart keeps the port the application is configured with). */
    static EmbeddedElasticsearch start(Path home, Path dataDirectory, String heap, String serviceUser, int port)
            throws IOException {
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new IOException("No Elasticsearch distribution in " + home
                    + ": build the project first (./mvnw package) or set spring.elasticsearch.uris");
        }
        Path config = dataDirectory.resolve("config");
        Path data = dataDirectory.resolve("data");
        Path logs = dataDirectory.resolve("logs");
        Path pidFile = dataDirectory.resolve("elasticsearch.pid");
        ProcessCleanup.stopStale(pidFile, "java");
        Files.createDirectories(data);
        Files.createDirectories(logs);
        Files.createDirectories(dataDirectory.resolve("tmp"));
        if (!Files.isDirectory(config)) {
            FileTrees.copy(home.resolve("config"), config);
        }
        List<String> command = new ArrayList<>();
        if (RootUser.isRoot()) {
            var user = RootUser.ensureServiceUser(serviceUser);
            RootUser.grantTraversal(home);
            RootUser.grantTraversal(dataDirectory);
            RootUser.chown(dataDirectory, user);
            command.addAll(user.runAsCommand());
        }
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(),
                "-p", pidFile.toString(),
                "-E", "discovery.type=single-node",
                "-E", "cluster.name=werkbrug",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + port,
                "-E", "transport.port=0",
                "-E", "path.data=" + data,
                "-E", "path.logs=" + logs,
                "-E", "xpack.security.enabled=false",
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "action.destructive_requires_name=false"));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
        var env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("ES_PATH_CONF", config.toString());
        env.put("ES_TMPDIR", dataDirectory.resolve("tmp").toString());
        env.remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        log.info("Embedded Elasticsearch starting on port {} with data in {}", port, dataDirectory);
        return new EmbeddedElasticsearch(process, port);
    }

    int port() {
        return port;
    }

    String uri() {
        return "http://127.0.0.1:" + port;
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    private void waitUntilHealthy() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + "; see its console.log under the data directory");
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    log.info("Embedded Elasticsearch is ready at {}", uri());
                    return;
                }
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Elasticsearch did not become ready within 3 minutes");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            var handle = process.toHandle();
            var descendants = handle.descendants().toList();
            ProcessCleanup.stop(handle, Duration.ofSeconds(30));
            descendants.forEach(child -> ProcessCleanup.stop(child, Duration.ofSeconds(10)));
            log.info("Embedded Elasticsearch stopped");
        }
    }
}

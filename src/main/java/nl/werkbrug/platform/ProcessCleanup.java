package nl.werkbrug.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops server processes that an earlier run left behind on the same data directory. */
final class ProcessCleanup {

    private static final Logger log = LoggerFactory.getLogger(ProcessCleanup.class);

    private ProcessCleanup() {
    }

    static void stopStalePostgres(Path dataDirectory) throws IOException {
        stopStale(dataDirectory.resolve("postmaster.pid"), "postgres");
    }

    static void stopStale(Path pidFile, String commandFragment) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains(commandFragment)).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping {} process {} left behind by an earlier run", commandFragment, pid);
        stop(process.get(), Duration.ofSeconds(30));
    }

    static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}

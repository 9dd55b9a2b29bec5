package nl.werkbrug.cv;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads queued CV documents one at a time on a background thread. The queue is the {@code cv_document}
 * table itself, claimed with {@code FOR UPDATE SKIP LOCKED}, so it survives restarts and works with
 * several application instances. A reading that was interrupted (a crash, a restart) is queued again
 * after {@code werkbrug.cv.stale-after}, at most three times, and then fails with {@code TIMEOUT}.
 */
@Component
class CvReadingJobs implements DisposableBean {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(CvReadingJobs.class);

    private final JdbcClient jdbc;
    private final CvParser parser;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration staleAfter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("cv-reader").daemon(true).factory());
    private final AtomicBoolean ready = new AtomicBoolean();

    CvReadingJobs(JdbcClient jdbc, CvParser parser, JsonMapper json, Clock clock,
                  @Value("${werkbrug.cv.stale-after:5m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.json = json;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready.set(true);
        sweep();
    }

    /** Looks for interrupted readings and for work that no wake-up reached (another instance, a restart). */
    @Scheduled(initialDelayString = "${werkbrug.cv.sweep-interval:10s}", fixedDelayString = "${werkbrug.cv.sweep-interval:10s}")
    void sweep() {
        requeueStale();
        wake();
    }

    /** Starts reading what is queued, unless that is already going on. */
    void wake() {
        if (!ready.get()) {
            return; // the first sweep after start-up picks it up
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException shuttingDown) {
            // stopped: the next start picks the queue up
        }
    }

    int requeueStale() {
        Timestamp before = Timestamp.from(clock.instant().minus(staleAfter));
        int failed = jdbc.sql("""
                        update cv_document set status = 'FAILED', failure_code = 'TIMEOUT', finished_at = ?
                        where status = 'READING' and started_at < ? and attempts >= ?""")
                .params(Timestamp.from(clock.instant()), before, MAX_ATTEMPTS).update();
        int requeued = jdbc.sql("""
                        update cv_document set status = 'QUEUED', started_at = null
                        where status = 'READING' and started_at < ? and attempts < ?""")
                .params(before, MAX_ATTEMPTS).update();
        if (failed + requeued > 0) {
            log.warn("CV readings interrupted: {} queued again, {} given up", requeued, failed);
        }
        return requeued;
    }

    /** Reads queued documents until none is left. */
    void drain() {
        Optional<UUID> next;
        while ((next = claim()).isPresent()) {
            read(next.get());
        }
    }

    private Optional<UUID> claim() {
        return jdbc.sql("""
                        update cv_document set status = 'READING', attempts = attempts + 1, started_at = ?
                        where id = (select id from cv_document where status = 'QUEUED'
                                    order by uploaded_at limit 1 for update skip locked)
                        returning id""")
                .param(Timestamp.from(clock.instant())).query(UUID.class).optional();
    }

    private void read(UUID id) {
        byte[] content = jdbc.sql("select content from cv_file where document_id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).optional().orElse(null);
        if (content == null) {
            return; // deleted meanwhile
        }
        long start = System.nanoTime();
        try {
            var reading = parser.read(new ByteArrayInputStream(content), null);
            jdbc.sql("""
                            update cv_document set status = 'READ', failure_code = null, media_type = ?, language = ?,
                                                   extracted = ?, result = cast(? as jsonb), finished_at = ?
                            where id = ? and status = 'READING'""")
                    .params(reading.mediaType(), reading.result().language(), reading.text(),
                            json.writeValueAsString(reading.result()), Timestamp.from(clock.instant()), id)
                    .update();
            log.info("CV {} read in {} ms", id, (System.nanoTime() - start) / 1_000_000);
        } catch (CvRejected rejected) {
            if (Thread.currentThread().isInterrupted()) {
                // the application is stopping: read it again at the next start
                jdbc.sql("update cv_document set status = 'QUEUED', started_at = null where id = ?").param(id).update();
                return;
            }
            fail(id, rejected.code(), rejected.getMessage());
        } catch (RuntimeException e) {
            log.error("CV {} could not be read", id, e);
            fail(id, CvRejected.Code.CORRUPT, e.getClass().getSimpleName());
        }
    }

    private void fail(UUID id, CvRejected.Code code, String detail) {
        log.info("CV {} not read: {} ({})", id, code, detail);
        jdbc.sql("""
                        update cv_document set status = 'FAILED', failure_code = ?, finished_at = ?
                        where id = ? and status = 'READING'""")
                .params(code.name(), Timestamp.from(clock.instant()), id).update();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

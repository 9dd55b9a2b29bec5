package nl.werkbrug.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import nl.werkbrug.cv.internal.IsolatedTextExtractor.Failure;
import nl.werkbrug.cv.internal.IsolatedTextExtractor.Result;
import nl.werkbrug.cv.internal.IsolatedTextExtractor.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedTextExtractorTest {

    @TempDir
    static Path dir;

    private IsolatedTextExtractor extractor;

    @BeforeAll
    void start() {
        System.out.println("[cv] test java.class.path = " + abbreviate(System.getProperty("java.class.path")));
        extractor = new IsolatedTextExtractor(Settings.defaults(dir.resolve("work")));
    }

    @AfterAll
    void stop() throws IOException {
        extractor.close();
    }

    @Test
    void extracts_text_and_type_from_every_accepted_format() throws Exception {
        check(CvFixtures.textPdf(dir), "application/pdf");
        check(CvFixtures.docx(dir), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        check(CvFixtures.odt(dir), "application/vnd.oasis.opendocument.text");
        check(CvFixtures.rtf(dir), "application/rtf");
        check(CvFixtures.text(dir), "text/plain");
        check(CvFixtures.html(dir), "text/html");
        System.out.println("[cv] worker command line = " + workerArguments().stream()
                .map(a -> a.length() > 150 ? a.substring(0, 150) + "...(" + a.length() + " chars)" : a).toList());
    }

    @Test
    void pdf_result_carries_tika_metadata() throws Exception {
        Result r = extractor.extract(CvFixtures.textPdf(dir));
        assertThat(r.metadata()).containsKeys("Content-Type", "xmpTPg:NPages", "pdf:PDFVersion");
        assertThat(r.metadata().get("xmpTPg:NPages")).containsExactly("2");
        assertThat(r.text()).contains(CvFixtures.PAGE2);
    }

    @Test
    void without_ocr_scans_and_photos_say_ocr_is_unavailable() throws Exception {
        for (String format : List.of("png", "jpg", "tiff")) {
            Result r = extractor.extract(CvFixtures.image(dir, format));
            System.out.println("[cv] " + format + " -> " + r.failure() + " " + r.mimeType() + " " + r.metadata().keySet());
            assertThat(r.failure()).isEqualTo(Failure.OCR_UNAVAILABLE);
            assertThat(r.mimeType()).startsWith("image/");
        }
        expect(CvFixtures.emptyPagePdf(dir), Failure.OCR_UNAVAILABLE);
    }

    @Test
    void with_ocr_scans_and_photos_are_read() throws Exception {
        List<String> languages = IsolatedTextExtractor.installedOcrLanguages(List.of("nld", "eng", "ara", "ukr"));
        System.out.println("[cv] tesseract languages: " + languages);
        if (System.getenv("CI") == null) {
            assumeThat(languages).as("tesseract with Dutch and English").contains("nld", "eng");
        }
        assertThat(languages).as("CI installs tesseract with nld, eng, ara, ukr").containsExactly("nld", "eng", "ara", "ukr");
        List<String> lines = List.of("Werkervaring", "Heftruckchauffeur 2019 - 2023", "Rijbewijs B en VCA basis");
        try (IsolatedTextExtractor ocr = new IsolatedTextExtractor(new Settings(dir.resolve("work-ocr"), 10L << 20,
                Duration.ofSeconds(60), "256m", 1, languages))) {
            for (Path file : List.of(CvFixtures.image(dir, "png", lines), CvFixtures.image(dir, "jpg", lines),
                    CvFixtures.image(dir, "tiff", lines), CvFixtures.scannedPdf(dir, lines))) {
                long t0 = System.nanoTime();
                Result r = ocr.extract(file);
                System.out.printf("[cv] OCR %s -> %s in %d ms: %s%n", file.getFileName(), r.failure(),
                        (System.nanoTime() - t0) / 1_000_000, r.text().replace('\n', '|'));
                assertThat(r.failure()).as(file.getFileName() + ": " + r.detail()).isNull();
                assertThat(r.text()).contains("Heftruckchauffeur", "2019", "VCA");
            }
            // a blank scan has nothing to read, with or without OCR
            Result blank = ocr.extract(CvFixtures.emptyPagePdf(dir));
            assertThat(blank.failure()).isEqualTo(Failure.NO_TEXT);
        }
    }

    @Test
    void hostile_files_map_to_failure_codes() throws Exception {
        expect(CvFixtures.elfAsPdf(dir), Failure.UNSUPPORTED_TYPE);
        expect(CvFixtures.exeAsPdf(dir), Failure.UNSUPPORTED_TYPE);
        expect(CvFixtures.garbage(dir), Failure.CORRUPT);
        expect(CvFixtures.pdfHeaderGarbage(dir), Failure.CORRUPT);
        expect(CvFixtures.truncatedPdf(dir), Failure.CORRUPT);
        expect(CvFixtures.encryptedPdf(dir), Failure.ENCRYPTED);
        expect(CvFixtures.elevenMegabytes(dir), Failure.TOO_LARGE);
        // the worker runs out of its 256m heap: reported as OOM, mapped to TIMEOUT (a resource limit)
        Result bomb = expect(CvFixtures.docxBomb(dir, 300), Failure.TIMEOUT);
        assertThat(bomb.pipesStatus()).isEqualTo("OOM");
        // and the worker comes back for the next file
        check(CvFixtures.docx(dir), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void a_parse_over_the_time_limit_is_a_timeout() throws Exception {
        // a bigger heap so the PDF deflate bomb runs out of time before it runs out of memory
        Settings settings = new Settings(dir.resolve("work-timeout"), 10L << 20, Duration.ofSeconds(3), "1g", 1,
                List.of());
        try (IsolatedTextExtractor shortFuse = new IsolatedTextExtractor(settings)) {
            Path bomb = CvFixtures.pdfDeflateBomb(dir, 300);
            long t0 = System.nanoTime();
            Result r = shortFuse.extract(bomb);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("[cv] deflate bomb, 3 s limit -> " + r.failure() + " " + r.pipesStatus() + " in " + ms + " ms");
            assertThat(r.failure()).isEqualTo(Failure.TIMEOUT);
            assertThat(r.pipesStatus()).isEqualTo("TIMEOUT");
            assertThat(ms).as("ends instead of hanging").isLessThan(60_000);
            assertThat(shortFuse.extract(CvFixtures.text(dir)).ok()).isTrue();
        }
    }

    @Test
    void the_worker_heap_cap_holds() throws Exception {
        extractor.extract(CvFixtures.text(dir)); // worker is up
        assertThat(workerArguments()).contains("-Xmx256m");
        Path bomb = CvFixtures.pdfDeflateBomb(dir, 300);
        AtomicLong peakRssKb = new AtomicLong();
        CompletableFuture<Result> parse = CompletableFuture.supplyAsync(() -> {
            try {
                return extractor.extract(bomb);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (!parse.isDone()) {
            worker().ifPresent(p -> peakRssKb.accumulateAndGet(rssKb(p.pid()), Math::max));
            Thread.sleep(50);
        }
        Result r = parse.get();
        System.out.println("[cv] deflate bomb, 256m heap -> " + r.failure() + " " + r.pipesStatus()
                + ", worker peak RSS " + peakRssKb.get() / 1024 + " MB; app heap used "
                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20) + " MB");
        // normally the 256 MB cap is hit first; on a slow machine the 30 s limit may come first
        assertThat(r.pipesStatus()).isIn("OOM", "TIMEOUT");
        assertThat(r.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(peakRssKb.get()).isLessThan(600 * 1024); // heap 256m + metaspace, code cache, threads
    }

    @Test
    void a_killed_worker_does_not_hurt_the_application() throws Exception {
        extractor.extract(CvFixtures.text(dir));
        Path bomb = CvFixtures.pdfDeflateBomb(dir, 300);
        CompletableFuture<Result> parse = CompletableFuture.supplyAsync(() -> {
            try {
                return extractor.extract(bomb);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1000);
        ProcessHandle worker = worker().orElseThrow();
        long pid = worker.pid();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor(); // as a native crash would
        Result r = parse.get(30, TimeUnit.SECONDS);
        System.out.println("[cv] worker " + pid + " killed -> " + r.failure() + " " + r.pipesStatus() + " " + r.detail());
        // how the client sees a killed worker depends on timing: a crash, or its reading timing out
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isIn(Failure.CORRUPT, Failure.TIMEOUT);
        assertThat(r.pipesStatus()).isIn("UNSPECIFIED_CRASH", "TIMEOUT", "OOM");
        check(CvFixtures.textPdf(dir), "application/pdf");
        assertThat(worker().orElseThrow().pid()).isNotEqualTo(pid);
    }


    private void check(Path file, String type) throws Exception {
        Result r = extractor.extract(file);
        System.out.println("[cv] " + file.getFileName() + " -> " + r.failure() + " " + r.pipesStatus() + " " + r.mimeType());
        assertThat(r.failure()).as(file.getFileName() + ": " + r.detail()).isNull();
        assertThat(r.mimeType()).isEqualTo(type);
        assertThat(r.text()).contains(CvFixtures.PAGE1);
    }

    private Result expect(Path file, Failure failure) throws Exception {
        long t0 = System.nanoTime();
        Result r = extractor.extract(file);
        System.out.printf("[cv] %s -> %s (pipes %s, type %s, %d ms) %s%n", file.getFileName(), r.failure(),
                r.pipesStatus(), r.mimeType(), (System.nanoTime() - t0) / 1_000_000, r.detail());
        assertThat(r.failure()).as(file.getFileName() + ": " + r.detail()).isEqualTo(failure);
        return r;
    }

    /** The forked PipesServer JVM (read from /proc: ProcessHandle.Info.arguments() came back empty for it). */
    private static Optional<ProcessHandle> worker() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && commandLine(p.pid()).contains("org.apache.tika.pipes.PipesServer"))
                .findFirst();
    }

    private static List<String> workerArguments() {
        return worker().map(p -> commandLine(p.pid())).orElse(List.of());
    }

    private static List<String> commandLine(long pid) {
        try {
            return Arrays.asList(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0; // the process just ended
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "... (" + s.length() + " chars)";
    }
}

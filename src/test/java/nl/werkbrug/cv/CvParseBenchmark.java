package nl.werkbrug.cv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkbrug.cv.internal.CvFixtures;
import nl.werkbrug.taxonomy.TaxonomyAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed of reading a CV end to end (isolated Tika worker, language detection, ESCO extraction) for
 * a 2-page text PDF and a DOCX. A benchmark, not a test. Run with
 * {@code ./mvnw test -Dtest=CvParseBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CvParseBenchmark {

    private static final int RUNS = 30;

    @TempDir
    Path dir;

    @Test
    void two_page_pdf_and_docx() throws Exception {
        var parser = new CvParser(TaxonomyAccess.service(), TaxonomyAccess.skillExtractor(), java.time.Clock.systemDefaultZone(),
                dir.toString(),
                java.time.Duration.ofSeconds(60), java.util.List.of("nld", "eng"));
        try {
            var report = new StringBuilder("| file | first parse (worker start) | p50 | p95 |\n|---|---|---|---|\n");
            for (Path file : List.of(CvFixtures.textPdf(dir), CvFixtures.docx(dir))) {
                long first = time(parser, file);
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    times.add(time(parser, file));
                }
                times.sort(Long::compare);
                report.append("| %s | %d ms | %d ms | %d ms |%n".formatted(file.getFileName(), first,
                        times.get(RUNS / 2), times.get((int) Math.ceil(RUNS * 0.95) - 1)));
            }
            String text = "### CV parse and extraction (" + RUNS + " warm runs each)\n\n" + report + "\n";
            System.out.println(text);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/cv-parse.md"), text);
        } finally {
            parser.destroy();
        }
    }

    private static long time(CvParser parser, Path file) throws IOException {
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, null);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package nl.werkbrug.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.taxonomy.ConceptMatch;
import nl.werkbrug.taxonomy.Labels;
import nl.werkbrug.taxonomy.SkillExtractorAccess;
import nl.werkbrug.taxonomy.TaxonomyAccess;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Quality of occupation linking and skill extraction on the development sets, next to a plain BM25
 * baseline computed in the same run. A benchmark, not a test: it reports, it does not assert.
 * Run with {@code ./mvnw test -Dtest=TaxonomyBenchmark -Dbenchmark=true [-Dbenchmark.data=DIR]}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TaxonomyBenchmark {

    private final Path data = Path.of(System.getProperty("benchmark.data", "../shared/data/benchmarks-dev"));
    private final TaxonomyService taxonomy = TaxonomyAccess.service();

    @Test
    void dutch_job_titles_to_esco_occupations() throws IOException {
        Path folder = data.resolve("occupations/bel_q_nl_c_nl");
        Map<String, String> queries = tsv(folder.resolve("queries.tsv"), 0, 1);
        Map<String, String> concepts = tsv(folder.resolve("concept_mapping.tsv"), 0, 1);
        Map<String, Set<String>> relevant = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("annotations.tsv"))) {
            String[] f = line.split("\t");
            if (f.length >= 4 && f[3].trim().equals("1") && concepts.containsKey(f[2])) {
                relevant.computeIfAbsent(f[0], q -> new HashSet<>()).add(concepts.get(f[2]));
            }
        }
        var baseline = new Bm25Baseline();
        TaxonomyAccess.occupations().forEach(o -> {
            Labels nl = o.labels().get("nl");
            if (nl != null) {
                baseline.add(o.uri(), nl.preferred());
                nl.alternatives().forEach(label -> baseline.add(o.uri(), label));
            }
        });
        baseline.freeze();
        double[] ours = new double[2];
        double[] base = new double[2];
        List<Double> millis = new ArrayList<>();
        int n = 0;
        for (var query : queries.entrySet()) {
            Set<String> gold = relevant.get(query.getKey());
            if (gold == null || gold.isEmpty()) {
                continue;
            }
            n++;
            long start = System.nanoTime();
            List<String> ranked = taxonomy.searchOccupations(query.getValue(), "nl", 10).stream()
                    .map(ConceptMatch::uri).toList();
            millis.add((System.nanoTime() - start) / 1e6);
            List<String> baseRanked = baseline.rank(query.getValue(), 10);
            if (Boolean.getBoolean("benchmark.verbose") && Metrics.accuracyAt1(ranked, gold) < 1) {
                System.out.println("MISS " + query.getValue() + " | gold " + gold.stream().map(u -> taxonomy.label(u, "nl"))
                        .toList() + " | got " + ranked.stream().limit(3).map(u -> taxonomy.label(u, "nl")).toList());
            }
            ours[0] += Metrics.accuracyAt1(ranked, gold);
            ours[1] += Metrics.reciprocalRank(ranked, gold, 10);
            base[0] += Metrics.accuracyAt1(baseRanked, gold);
            base[1] += Metrics.reciprocalRank(baseRanked, gold, 10);
        }
        report("Dutch job titles -> ESCO occupations (" + n + " queries)",
                "| | accuracy@1 | MRR@10 |%n|---|---|---|%n| Werkbrug | %.3f | %.3f |%n| BM25 baseline | %.3f | %.3f |%n"
                        .formatted(ours[0] / n, ours[1] / n, base[0] / n, base[1] / n)
                        + "search time per query: p50 %.1f ms, p95 %.1f ms%n".formatted(
                        Metrics.percentile(millis, 50), Metrics.percentile(millis, 95)));
    }

    @Test
    void skills_in_job_ad_sentences() throws IOException {
        var baseline = new Bm25Baseline();
        Map<String, String> byLabel = new HashMap<>();
        TaxonomyAccess.skills().forEach(s -> {
            Labels en = s.labels().get("en");
            baseline.add(s.uri(), en.preferred());
            en.alternatives().forEach(label -> baseline.add(s.uri(), label));
            byLabel.put(en.preferred().toLowerCase(), s.uri());
        });
        baseline.freeze();
        var report = new StringBuilder("| set | sentences | Werkbrug RP@5 | BM25 RP@5 | ratio |\n|---|---|---|---|---|\n");
        for (String set : List.of("tech", "house")) {
            Map<String, Set<String>> gold = new LinkedHashMap<>();
            try (Reader reader = Files.newBufferedReader(data.resolve("skills/" + set + "_validation_annotations.csv"),
                    StandardCharsets.UTF_8)) {
                var rows = Csv.read(reader);
                for (List<String> row : rows.subList(1, rows.size())) {
                    String uri = byLabel.get(row.get(3).strip().toLowerCase());
                    if (uri != null) {
                        gold.computeIfAbsent(row.get(0), s -> new HashSet<>()).add(uri);
                    }
                }
            }
            double ours = 0;
            double base = 0;
            for (var sentence : gold.entrySet()) {
                List<String> ranked = SkillExtractorAccess.extract(sentence.getKey(), "en", 5);
                ours += Metrics.rPrecision(ranked, sentence.getValue(), 5);
                if (Boolean.getBoolean("benchmark.verbose") && Metrics.rPrecision(ranked, sentence.getValue(), 5) < 1) {
                    System.out.println("MISS " + sentence.getKey() + "\n  gold " + sentence.getValue().stream()
                            .map(u -> taxonomy.label(u, "en")).toList() + "\n  got  "
                            + ranked.stream().map(u -> taxonomy.label(u, "en")).toList());
                }
                base += Metrics.rPrecision(baseline.rank(sentence.getKey(), 5), sentence.getValue(), 5);
            }
            int n = gold.size();
            report.append("| %s | %d | %.3f | %.3f | %.2f |%n".formatted(set.toUpperCase(), n, ours / n, base / n,
                    base == 0 ? 0 : ours / base));
        }
        report("Skills in job-ad sentences (ESCO labels)", report.toString());
    }

    private static void report(String title, String body) throws IOException {
        String text = "### " + title + "\n\n" + body + "\n";
        System.out.println(text);
        Path out = Path.of("target/benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve(title.replaceAll("[^A-Za-z]+", "-").toLowerCase() + ".md"), text);
    }

    private static Map<String, String> tsv(Path file, int key, int value) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t");
            if (fields.length > Math.max(key, value)) {
                map.put(fields[key], fields[value]);
            }
        }
        return map;
    }
}

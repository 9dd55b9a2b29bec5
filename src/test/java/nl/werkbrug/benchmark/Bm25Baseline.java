package nl.werkbrug.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain lexical baseline: BM25 (k1 1.2, b 0.75) over lower-cased words of the labels, no stemming. */
final class Bm25Baseline {

    private final List<String> uris = new ArrayList<>();
    private final List<String[]> documents = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private double averageLength;

    void add(String uri, String label) {
        String[] words = words(label);
        int id = documents.size();
        uris.add(uri);
        documents.add(words);
        Arrays.stream(words).distinct().forEach(w -> postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
    }

    void freeze() {
        averageLength = documents.stream().mapToInt(d -> d.length).average().orElse(1);
    }

    List<String> rank(String query, int limit) {
        Map<Integer, Double> scores = new HashMap<>();
        for (String word : Arrays.stream(words(query)).distinct().toList()) {
            List<Integer> hits = postings.getOrDefault(word, List.of());
            double idf = Math.log(1 + (documents.size() - hits.size() + 0.5) / (hits.size() + 0.5));
            for (int id : hits) {
                String[] document = documents.get(id);
                long tf = Arrays.stream(document).filter(word::equals).count();
                double score = idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * document.length / averageLength));
                scores.merge(id, score, Double::sum);
            }
        }
        Map<String, Double> byConcept = new HashMap<>();
        scores.forEach((id, score) -> byConcept.merge(uris.get(id), score, Math::max));
        return byConcept.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}

package nl.werkbrug.benchmark;

import java.util.List;
import java.util.Set;

/** Ranking metrics used in the benchmarks. */
final class Metrics {

    private Metrics() {
    }

    static double accuracyAt1(List<String> ranked, Set<String> relevant) {
        return !ranked.isEmpty() && relevant.contains(ranked.getFirst()) ? 1 : 0;
    }

    static double reciprocalRank(List<String> ranked, Set<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** R-Precision@K: relevant items in the top K, divided by min(K, number of relevant items). */
    static double rPrecision(List<String> ranked, Set<String> relevant, int k) {
        long hits = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) hits / Math.min(k, relevant.size());
    }

    static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }
}

package nl.werkbrug.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words that ESCO uses for one another, learned from the labels themselves: two labels of one
 * concept that differ in a single word ("bestuurder heftruck", "chauffeur heftruck"; "kapper",
 * "kapster") make those words variants of each other. A pair seen in enough concepts is kept.
 */
final class TermVariants {

    static final TermVariants NONE = new TermVariants(Map.of());

    private final Map<String, Set<String>> variants;

    private TermVariants(Map<String, Set<String>> variants) {
        this.variants = variants;
    }

    /**
     * Learns from the labels of each concept, given as their terms with compounds split into parts.
     *
     * @param minimumConcepts in how many concepts a pair of words must stand for each other
     * @param perTerm         how many variants a word keeps at most, those seen in most concepts
     */
    static TermVariants learn(Map<String, List<List<String>>> labelsByConcept, int minimumConcepts, int perTerm) {
        Map<List<String>, Integer> pairs = new HashMap<>();
        for (List<List<String>> labels : labelsByConcept.values()) {
            Set<List<String>> seen = new HashSet<>();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    List<String> pair = difference(labels.get(i), labels.get(j));
                    if (pair != null && seen.add(pair)) {
                        pairs.merge(pair, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        pairs.forEach((pair, concepts) -> {
            if (concepts >= minimumConcepts) {
                counts.computeIfAbsent(pair.get(0), t -> new HashMap<>()).put(pair.get(1), concepts);
                counts.computeIfAbsent(pair.get(1), t -> new HashMap<>()).put(pair.get(0), concepts);
            }
        });
        Map<String, Set<String>> variants = new HashMap<>();
        counts.forEach((term, others) -> variants.put(term, Set.copyOf(others.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(perTerm).map(Map.Entry::getKey).toList())));
        return new TermVariants(Map.copyOf(variants));
    }

    Set<String> of(String term) {
        return variants.getOrDefault(term, Set.of());
    }

    /** The one word each label has that the other has not, in alphabetical order; else null. */
    private static @Nullable List<String> difference(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return null;
        }
        List<String> onlyA = new ArrayList<>(a);
        List<String> onlyB = new ArrayList<>();
        for (String term : b) {
            if (!onlyA.remove(term)) {
                onlyB.add(term);
            }
        }
        if (onlyA.size() != 1 || onlyB.size() != 1) {
            return null;
        }
        String x = onlyA.getFirst();
        String y = onlyB.getFirst();
        return x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x);
    }
}

package nl.werkbrug.taxonomy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory search index over the labels of concepts (occupations or skills) in several
 * languages. A label scores by BM25 over stemmed terms, which handles plurals and word order, plus
 * the overlap of character trigrams, which handles compounds, spelling variants and typing errors.
 * A concept scores as its best label; preferred labels weigh a little more.
 */
public final class LabelIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.5;
    /** Weights chosen on the development sets (see docs/benchmarks.md). */
    private static final double TERM_WEIGHT = 0.3;
    private static final double EXACT_BONUS = 0.1;
    private static final double PREFERRED_BONUS = 0.03;
    private static final double CONTAINMENT_WEIGHT = 0.5;
    private static final int COMMON_TERM = 150;
    private static final double MINIMUM_COVERAGE = 0.5;

    /** One label of one concept. */
    public record Label(String uri, String language, String text, boolean preferred) {
    }

    /** A concept found, with the label that matched best. */
    public record Hit(String uri, double score, Label label) {
    }

    private final List<Label> labels = new ArrayList<>();
    private final List<String[]> labelTerms = new ArrayList<>();
    private final List<Integer> gramCounts = new ArrayList<>();
    private final Map<String, List<Integer>> termPostings = new HashMap<>();
    private final Map<String, List<Integer>> gramPostings = new HashMap<>();
    private double averageLength = 1;

    public void add(Label label) {
        int id = labels.size();
        String[] terms = TextAnalyzer.terms(label.text(), label.language()).toArray(String[]::new);
        var grams = TextAnalyzer.trigrams(label.text());
        labels.add(label);
        labelTerms.add(terms);
        gramCounts.add(grams.size());
        for (String term : new java.util.HashSet<>(java.util.Arrays.asList(terms))) {
            termPostings.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
        }
        for (String gram : grams) {
            gramPostings.computeIfAbsent(gram, g -> new ArrayList<>()).add(id);
        }
    }

    /** Call once after the last {@link #add}. */
    public void freeze() {
        averageLength = labelTerms.stream().mapToInt(t -> t.length).average().orElse(1);
    }

    public int size() {
        return labels.size();
    }

    /**
     * The best concepts for a short query (a job title, a skill). Labels in {@code languages} are
     * searched, each with the query analysed for that label's language.
     */
    public List<Hit> search(String query, Set<String> languages, int limit) {
        Map<Integer, double[]> scores = new HashMap<>();
        Map<String, List<String>> queryTerms = new HashMap<>();
        for (String language : languages) {
            queryTerms.put(language, TextAnalyzer.terms(query, language));
        }
        addTermScores(queryTerms, languages, scores);
        var queryGrams = TextAnalyzer.trigrams(query);
        String normalizedQuery = TextAnalyzer.normalize(query);
        addGramScores(queryGrams, languages, scores);
        Map<String, Hit> best = new HashMap<>();
        for (var entry : scores.entrySet()) {
            Label label = labels.get(entry.getKey());
            double[] parts = entry.getValue();
            double norm = selfScore(queryTerms.getOrDefault(label.language(), List.of()));
            double termPart = norm == 0 ? 0 : Math.min(1, parts[0] / norm);
            double gramPart = 2 * parts[1] / (queryGrams.size() + gramCounts.get(entry.getKey()));
            double score = TERM_WEIGHT * termPart + (1 - TERM_WEIGHT) * gramPart
                    + (label.preferred() ? PREFERRED_BONUS : 0)
                    + (normalizedQuery.equals(TextAnalyzer.normalize(label.text())) ? EXACT_BONUS : 0);
            best.merge(label.uri(), new Hit(label.uri(), score, label),
                    (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uri))
                .limit(limit)
                .map(hit -> new Hit(hit.uri(), Math.min(1, hit.score()), hit.label()))
                .toList();
    }

    /**
     * Concepts whose labels stand in a longer text (a sentence of a CV or vacancy): a label scores
     * by the share of its own words (weighted by how rare they are) that the text contains, more
     * when they stand together, and more for specific labels than for one common word.
     */
    public List<Hit> findIn(String text, Set<String> languages, int limit) {
        Map<String, Hit> best = new HashMap<>();
        for (String language : languages) {
            List<String> textTerms = TextAnalyzer.terms(text, language);
            Set<String> present = new java.util.HashSet<>(textTerms);
            Map<Integer, Integer> candidates = new HashMap<>();
            for (String term : present) {
                for (int id : termPostings.getOrDefault(term, List.of())) {
                    if (labels.get(id).language().equals(language)) {
                        candidates.merge(id, 1, Integer::sum);
                    }
                }
            }
            Map<Integer, double[]> bm25 = new HashMap<>();
            addTermScores(Map.of(language, textTerms), languages, bm25);
            double maxBm25 = bm25.values().stream().mapToDouble(v -> v[0]).max().orElse(1);
            for (int id : candidates.keySet()) {
                String[] terms = labelTerms.get(id);
                if (terms.length == 1 && termPostings.get(terms[0]).size() > COMMON_TERM) {
                    continue; // a one-word label made of a common word ("tekst", "regel") says too little
                }
                double total = 0;
                double found = 0;
                for (String term : terms) {
                    double idf = idf(termPostings.getOrDefault(term, List.of()).size());
                    total += idf;
                    if (present.contains(term)) {
                        found += idf;
                    }
                }
                if (total == 0) {
                    continue;
                }
                double coverage = found / total;
                if (coverage < MINIMUM_COVERAGE) {
                    continue; // most of what the label says is not in the text
                }
                double specificity = 1 - Math.exp(-total / 6);
                double together = contiguous(textTerms, terms) ? 0.1 : 0;
                double relevance = bm25.getOrDefault(id, new double[2])[0] / maxBm25;
                double score = CONTAINMENT_WEIGHT * (coverage * coverage * (0.6 + 0.4 * specificity) + together)
                        + (1 - CONTAINMENT_WEIGHT) * relevance
                        + (labels.get(id).preferred() ? PREFERRED_BONUS : 0);
                Label label = labels.get(id);
                best.merge(label.uri(), new Hit(label.uri(), score, label), (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uri))
                .limit(limit)
                .map(hit -> new Hit(hit.uri(), Math.min(1, hit.score()), hit.label()))
                .toList();
    }

    private static boolean contiguous(List<String> text, String[] label) {
        if (label.length < 2) {
            return label.length == 1 && text.contains(label[0]);
        }
        outer:
        for (int i = 0; i + label.length <= text.size(); i++) {
            for (int j = 0; j < label.length; j++) {
                if (!text.get(i + j).equals(label[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void addTermScores(Map<String, List<String>> queryTerms, Set<String> languages,
                               Map<Integer, double[]> scores) {
        for (var byLanguage : queryTerms.entrySet()) {
            for (String term : Set.copyOf(byLanguage.getValue())) {
                List<Integer> postings = termPostings.getOrDefault(term, List.of());
                double idf = idf(postings.size());
                for (int id : postings) {
                    Label label = labels.get(id);
                    if (!label.language().equals(byLanguage.getKey())) {
                        continue;
                    }
                    int length = labelTerms.get(id).length;
                    double tf = count(labelTerms.get(id), term);
                    double bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
                    scores.computeIfAbsent(id, i -> new double[2])[0] += bm25;
                }
            }
        }
    }

    private void addGramScores(Set<String> queryGrams, Set<String> languages, Map<Integer, double[]> scores) {
        Map<Integer, Integer> overlap = new HashMap<>();
        for (String gram : queryGrams) {
            for (int id : gramPostings.getOrDefault(gram, List.of())) {
                overlap.merge(id, 1, Integer::sum);
            }
        }
        int minimum = Math.max(1, (int) Math.ceil(queryGrams.size() * 0.3));
        for (var entry : overlap.entrySet()) {
            int id = entry.getKey();
            if (languages.contains(labels.get(id).language())
                    && (entry.getValue() >= minimum || scores.containsKey(id))) {
                scores.computeIfAbsent(id, i -> new double[2])[1] = entry.getValue();
            }
        }
    }

    private double selfScore(List<String> terms) {
        double sum = 0;
        for (String term : Set.copyOf(terms)) {
            sum += idf(termPostings.getOrDefault(term, List.of()).size()) * (K1 + 1) / (1 + K1);
        }
        return sum;
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (labels.size() - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private static int count(String[] terms, String term) {
        int n = 0;
        for (String t : terms) {
            if (t.equals(term)) {
                n++;
            }
        }
        return n;
    }
}

package nl.werkbrug.taxonomy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory search index over the labels of concepts (occupations or skills) in several
 * languages. A label scores by the overlap of its stemmed terms with the query's, weighted by how
 * rare the terms are, plus the overlap of character trigrams, which handles spelling variants and
 * typing errors. Dutch compounds are split into their parts ("heftruckchauffeur" meets "chauffeur
 * heftruck"), and words that ESCO uses for one another in the labels of one concept ("bestuurder",
 * "chauffeur") count as a partial match. A concept scores as its best label, supported by how well
 * its preferred label matches.
 */
public final class LabelIndex {

    private static final List<String> GENERAL_PREFIXES = List.of("algemeen ", "algemene ", "general ");
    private static final double K1 = 1.2;
    private static final double B = 0.5;
    /** Weights chosen on the development sets (see docs/benchmarks.md). */
    private static final double TERM_WEIGHT = 0.4;
    private static final double EXACT_BONUS = 0.1;
    private static final double GENERAL_BONUS = 0.05;
    /** Two titles joined by a hyphen, each a word of its own ("kapper-salonbeheerder"). */
    private static final Pattern DOUBLE_TITLE = Pattern.compile("(\\p{L}{4,})-(\\p{L}{4,})");
    /** What the first title of a double title counts for on its own (chosen on the development set). */
    private static final double FIRST_OF_PAIR = 0.95;
    private static final double PREFERRED_SUPPORT = 0.2;
    private static final double TERM_QUERY_COVERAGE = 0.4;
    private static final double GRAM_DICE = 0.4;
    /** How much the rarity of a trigram counts (square root of its idf; chosen on the development set). */
    private static final double GRAM_IDF_POWER = 0.5;
    private static final double GRAM_QUERY_COVERAGE = 0.1;
    private static final double VARIANT_WEIGHT = 0.3;
    private static final int VARIANT_MINIMUM_CONCEPTS = 3;
    private static final int VARIANTS_PER_TERM = 10;
    private static final int COMMON_TERM = 150;
    private static final double CONTAINMENT_WEIGHT = 0.4;
    private static final double MINIMUM_COVERAGE = 0.5;
    private static final double PREFERRED_BONUS_IN_TEXT = 0.08;
    private static final double REPEAT_FACTOR = 0.8;
    /** A query word one typing error away from a word of a label ("netwerkeheerder") counts for this much. */
    private static final double FUZZY_WEIGHT = 0.8;
    /** Words shorter than this are not matched with a typing error: too many short words are one letter apart. */
    private static final int FUZZY_MINIMUM_LENGTH = 10;
    /** A qualifier in parentheses that tells apart concepts of one name: "Java (computer programming)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)");

    /** One label of one concept. */
    public record Label(String uri, String language, String text, boolean preferred) {
    }

    /** A concept found, with the label that matched best. */
    public record Hit(String uri, double score, Label label) {
    }

    private final List<Label> labels = new ArrayList<>();
    private final List<String[]> labelTerms = new ArrayList<>();
    /** The label's terms without a qualifier in parentheses, which running text does not repeat. */
    private final List<String[]> coreTerms = new ArrayList<>();
    private final List<Double> gramCounts = new ArrayList<>();
    private final List<String> normalizedTexts = new ArrayList<>();
    private final Map<String, List<Integer>> termPostings = new HashMap<>();
    private final Map<String, List<Integer>> gramPostings = new HashMap<>();
    /** Long label terms by each form with one letter deleted, to find words one typing error apart. */
    private final Map<String, List<String>> deletions = new HashMap<>();
    private double[] labelWeights = new double[0];
    private Decompounder compounds = Decompounder.NONE;
    private TermVariants variants = TermVariants.NONE;
    private double averageLength = 1;

    public void add(Label label) {
        labels.add(label);
    }

    /** Call once after the last {@link #add}: learns the Dutch compounds and word variants, indexes the labels. */
    public void freeze() {
        compounds = Decompounder.of(labels.stream().filter(l -> l.language().equals("nl"))
                .flatMap(l -> TextAnalyzer.words(l.text()).stream()).toList());
        Map<String, List<List<String>>> termsByConcept = new HashMap<>();
        for (int id = 0; id < labels.size(); id++) {
            Label label = labels.get(id);
            List<String> terms = terms(label.text(), label.language());
            var grams = TextAnalyzer.trigrams(label.text());
            labelTerms.add(terms.toArray(String[]::new));
            String core = QUALIFIER.matcher(label.text()).replaceAll("").strip();
            coreTerms.add(core.isEmpty() || core.length() == label.text().length()
                    ? labelTerms.getLast() : terms(core, label.language()).toArray(String[]::new));
            normalizedTexts.add(TextAnalyzer.normalize(label.text()));
            gramCounts.add(0.0);
            for (String term : new HashSet<>(terms)) {
                termPostings.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
            }
            for (String gram : grams) {
                gramPostings.computeIfAbsent(gram, g -> new ArrayList<>()).add(id);
            }
            termsByConcept.computeIfAbsent(label.uri() + " " + label.language(), k -> new ArrayList<>()).add(terms);
        }
        for (int id = 0; id < labels.size(); id++) {
            double weight = 0;
            for (String gram : TextAnalyzer.trigrams(labels.get(id).text())) {
                weight += gramWeight(gram);
            }
            gramCounts.set(id, weight);
        }
        for (String term : termPostings.keySet()) {
            if (term.length() >= FUZZY_MINIMUM_LENGTH - 1) {
                for (String deleted : deletionsOf(term)) {
                    deletions.computeIfAbsent(deleted, d -> new ArrayList<>()).add(term);
                }
            }
        }
        averageLength = labelTerms.stream().mapToInt(t -> t.length).average().orElse(1);
        labelWeights = new double[labels.size()];
        for (int id = 0; id < labels.size(); id++) {
            for (String term : new HashSet<>(Arrays.asList(labelTerms.get(id)))) {
                labelWeights[id] += idf(term);
            }
        }
        variants = TermVariants.learn(termsByConcept, VARIANT_MINIMUM_CONCEPTS, VARIANTS_PER_TERM);
    }

    public int size() {
        return labels.size();
    }

    /**
     * Whether a label names the general form of the queried occupation: ESCO names the generic
     * concept among several specialisations "algemeen X" / "general X" ("algemeen verpleegkundige"
     * next to "gespecialiseerd verpleegkundige"), so a bare "X" means that one.
     */
    private static boolean generalOf(String label, String query) {
        for (String prefix : GENERAL_PREFIXES) {
            if (label.length() == prefix.length() + query.length() && label.startsWith(prefix)
                    && label.endsWith(query)) {
                return true;
            }
        }
        return false;
    }

    /** Stemmed terms, Dutch compounds replaced by their parts. */
    private List<String> terms(String text, String language) {
        return TextAnalyzer.terms(text, language, language.equals("nl") ? compounds : Decompounder.NONE);
    }

    /**
     * The best concepts for a short query (a job title, a skill). Labels in {@code languages} are
     * searched, each with the query analysed for that label's language.
     */
    public List<Hit> search(String query, Set<String> languages, int limit) {
        var whole = searchOne(query, languages, Math.max(limit, 10));
        Matcher pair = DOUBLE_TITLE.matcher(query.strip());
        if (!pair.matches()) {
            return whole.stream().limit(limit).toList();
        }
        // "kapper-salonbeheerder": a double title names its main role first
        Map<String, Hit> merged = new HashMap<>();
        whole.forEach(hit -> merged.put(hit.uri(), hit));
        for (Hit hit : searchOne(pair.group(1), languages, 3)) {
            Hit first = new Hit(hit.uri(), hit.score() * FIRST_OF_PAIR, hit.label());
            merged.merge(hit.uri(), first, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return merged.values().stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uri))
                .limit(limit).toList();
    }

    private List<Hit> searchOne(String query, Set<String> languages, int limit) {
        Map<String, List<String>> queryTerms = new HashMap<>();
        for (String language : languages) {
            queryTerms.put(language, List.copyOf(new LinkedHashSet<>(terms(query, language))));
        }
        Map<String, Map<String, Double>> fuzzy = new HashMap<>();
        for (String language : languages) {
            fuzzy.put(language, fuzzyTerms(query, language));
        }
        Map<Integer, double[]> scores = new HashMap<>();
        addTermCandidates(queryTerms, scores);
        fuzzy.forEach((language, terms) -> terms.keySet().forEach(term -> addCandidates(term, language, scores)));
        var queryGrams = TextAnalyzer.trigrams(query);
        addGramScores(queryGrams, languages, scores);
        double queryGramWeight = queryGrams.stream().mapToDouble(this::gramWeight).sum();
        String normalizedQuery = TextAnalyzer.normalize(query);
        Map<String, Hit> best = new HashMap<>();
        Map<String, Double> preferred = new HashMap<>();
        for (var entry : scores.entrySet()) {
            int id = entry.getKey();
            Label label = labels.get(id);
            boolean general = generalOf(normalizedTexts.get(id), normalizedQuery);
            boolean exact = normalizedQuery.equals(normalizedTexts.get(id));
            String[] own = labelTerms.get(id);
            if (!exact && own.length == 1 && termPostings.get(own[0]).size() > COMMON_TERM) {
                continue; // a one-word label of a common word ("medewerker", "operator") says too little
            }
            double termPart = termOverlap(queryTerms.getOrDefault(label.language(), List.of()),
                    fuzzy.getOrDefault(label.language(), Map.of()), id);
            double gramPart = gramOverlap(entry.getValue()[1], queryGramWeight, gramCounts.get(id));
            // the general concept named "algemeen X" counts as an exact match of "X", ahead of
            // specialisations that carry "X" as one of their alternative labels
            double score = general ? 1 + EXACT_BONUS + GENERAL_BONUS
                    : TERM_WEIGHT * termPart + (1 - TERM_WEIGHT) * gramPart + (exact ? EXACT_BONUS : 0);
            best.merge(label.uri(), new Hit(label.uri(), score, label), (a, b) -> a.score() >= b.score() ? a : b);
            if (label.preferred()) {
                preferred.merge(label.uri(), score, Math::max);
            }
        }
        return best.values().stream()
                .map(hit -> new Hit(hit.uri(), (hit.score() + PREFERRED_SUPPORT * preferred.getOrDefault(hit.uri(), 0.0))
                        / (1 + PREFERRED_SUPPORT), hit.label()))
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uri))
                .limit(limit)
                .map(hit -> new Hit(hit.uri(), Math.min(1, hit.score()), hit.label()))
                .toList();
    }

    /**
     * Concepts whose labels stand in a longer text (a sentence of a CV or vacancy): a label scores
     * by the share of its own words (weighted by how rare they are) that the text contains, more
     * when they stand together, and more for specific labels than for one common word. A label
     * whose words were all found for better labels already counts for less, so that the top is
     * not five variations of one phrase. A qualifier in parentheses is not looked for in the text:
     * "SaaS" in a vacancy is "SaaS (service-oriented modelling)".
     */
    public List<Hit> findIn(String text, Set<String> languages, int limit) {
        Map<String, Hit> best = new HashMap<>();
        Map<String, Set<String>> matchedBy = new HashMap<>();
        for (String language : languages) {
            List<String> textTerms = terms(text, language);
            Set<String> present = new HashSet<>(textTerms);
            Set<Integer> candidates = new HashSet<>();
            for (String term : present) {
                for (int id : termPostings.getOrDefault(term, List.of())) {
                    if (labels.get(id).language().equals(language)) {
                        candidates.add(id);
                    }
                }
            }
            Map<Integer, double[]> bm25 = new HashMap<>();
            addTermScores(language, textTerms, bm25);
            double maxBm25 = bm25.values().stream().mapToDouble(v -> v[0]).max().orElse(1);
            for (int id : candidates) {
                Label label = labels.get(id);
                String[] terms = coreTerms.get(id);
                if (terms.length == 0) {
                    continue;
                }
                if (terms.length == 1 && termPostings.getOrDefault(terms[0], List.of()).size() > COMMON_TERM
                        && !label.preferred()) {
                    continue; // a one-word alternative label of a common word ("tekst", "regel") says too little
                }
                double total = 0;
                double found = 0;
                Set<String> matched = new HashSet<>();
                for (String term : terms) {
                    double idf = idf(term);
                    total += idf;
                    if (present.contains(term)) {
                        found += idf;
                        matched.add(term);
                    } else if (variants.of(term).stream().anyMatch(present::contains)) {
                        found += VARIANT_WEIGHT * idf;
                        matched.add(term);
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
                        + (label.preferred() ? PREFERRED_BONUS_IN_TEXT : 0);
                Hit hit = new Hit(label.uri(), score, label);
                if (best.merge(label.uri(), hit, (a, b) -> a.score() >= b.score() ? a : b) == hit) {
                    matchedBy.put(label.uri(), matched);
                }
            }
        }
        return diverse(best.values(), matchedBy, limit);
    }

    /**
     * The best hits, chosen one by one: a hit whose matched words were all matched by hits chosen
     * before ("work independently in sales" after "work independently") counts for less.
     */
    private static List<Hit> diverse(Collection<Hit> hits, Map<String, Set<String>> matchedBy, int limit) {
        List<Hit> remaining = new ArrayList<>(hits);
        remaining.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uri));
        List<Hit> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        while (chosen.size() < limit && !remaining.isEmpty()) {
            Hit pick = remaining.getFirst();
            double pickScore = -1;
            for (Hit hit : remaining.subList(0, Math.min(remaining.size(), 4 * limit))) {
                double score = covered.containsAll(matchedBy.get(hit.uri())) ? hit.score() * REPEAT_FACTOR : hit.score();
                if (score > pickScore) {
                    pick = hit;
                    pickScore = score;
                }
            }
            remaining.remove(pick);
            covered.addAll(matchedBy.get(pick.uri()));
            chosen.add(new Hit(pick.uri(), Math.min(1, pickScore), pick.label()));
        }
        return chosen;
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

    /** The labels that have a query term or one of its variants, in that term's language. */
    private void addTermCandidates(Map<String, List<String>> queryTerms, Map<Integer, double[]> scores) {
        for (var byLanguage : queryTerms.entrySet()) {
            for (String term : byLanguage.getValue()) {
                addCandidates(term, byLanguage.getKey(), scores);
                for (String variant : variants.of(term)) {
                    addCandidates(variant, byLanguage.getKey(), scores);
                }
            }
        }
    }

    private void addCandidates(String term, String language, Map<Integer, double[]> scores) {
        for (int id : termPostings.getOrDefault(term, List.of())) {
            if (labels.get(id).language().equals(language)) {
                scores.computeIfAbsent(id, i -> new double[2]);
            }
        }
    }

    /**
     * How much query and label say the same: the idf-weighted Dice overlap of their terms, partly
     * replaced by the share of the query's terms the label has, so that extra words of a longer
     * label cost less than missing query words; a label term that is a variant of a query term
     * counts for {@value #VARIANT_WEIGHT}.
     */
    private double termOverlap(List<String> queryTerms, Map<String, Double> fuzzy, int id) {
        String[] own = labelTerms.get(id);
        double common = 0;
        double queryWeight = 0;
        for (var near : fuzzy.entrySet()) {
            if (contains(own, near.getKey())) {
                common += FUZZY_WEIGHT * near.getValue();
            }
        }
        for (String term : queryTerms) {
            double idf = idf(term);
            queryWeight += idf;
            if (contains(own, term)) {
                common += idf;
            } else {
                Set<String> others = variants.of(term);
                for (String t : own) {
                    if (others.contains(t)) {
                        common += VARIANT_WEIGHT * idf;
                        break;
                    }
                }
            }
        }
        double total = queryWeight + labelWeights[id];
        double dice = total == 0 ? 0 : 2 * common / total;
        double queryCoverage = queryWeight == 0 ? 0 : common / queryWeight;
        return (1 - TERM_QUERY_COVERAGE) * dice + TERM_QUERY_COVERAGE * queryCoverage;
    }

    /**
     * How much query and label look alike in their character trigrams: the Dice overlap, with part
     * of the weight on the share of the query's and, more, of the label's trigrams that the other
     * has. The label-side share lets a short label that the query spells out in full
     * ("receptionist" in "hotelreceptionist") beat a label of the same length that only shares a
     * common ending.
     */
    private static double gramOverlap(double common, double queryGrams, double labelGrams) {
        double dice = 2 * common / (queryGrams + labelGrams);
        return GRAM_DICE * dice + GRAM_QUERY_COVERAGE * common / Math.max(1e-9, queryGrams)
                + (1 - GRAM_DICE - GRAM_QUERY_COVERAGE) * common / Math.max(1e-9, labelGrams);
    }

    /**
     * Label terms one typing error (a letter left out, added, changed or two swapped) away from a
     * long query word that no label has as it stands, each with the weight of the query terms that
     * word stands for: "netwerkbeheerder" meets the label word "netwerkeheerder".
     */
    private Map<String, Double> fuzzyTerms(String query, String language) {
        Map<String, Double> near = new HashMap<>();
        for (String word : TextAnalyzer.words(query)) {
            List<String> whole = TextAnalyzer.terms(word, language, Decompounder.NONE);
            if (whole.size() != 1 || whole.getFirst().length() < FUZZY_MINIMUM_LENGTH
                    || termPostings.containsKey(whole.getFirst())) {
                continue;
            }
            String term = whole.getFirst();
            double weight = 0;
            for (String part : new LinkedHashSet<>(terms(word, language))) {
                weight += idf(part);
            }
            Set<String> found = new HashSet<>(deletions.getOrDefault(term, List.of()));
            for (String deleted : deletionsOf(term)) {
                if (termPostings.containsKey(deleted)) {
                    found.add(deleted);
                }
                found.addAll(deletions.getOrDefault(deleted, List.of()));
            }
            for (String candidate : found) {
                if (oneEditApart(term, candidate)) {
                    near.merge(candidate, weight, Math::max);
                }
            }
        }
        return near;
    }

    private static Set<String> deletionsOf(String term) {
        Set<String> result = new HashSet<>();
        for (int i = 0; i < term.length(); i++) {
            result.add(term.substring(0, i) + term.substring(i + 1));
        }
        return result;
    }

    /** Whether two different words are one letter deleted, inserted, changed, or two neighbours swapped apart. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            int i = 0;
            while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
                i++;
            }
            return shorter.substring(i).equals(longer.substring(i + 1));
        }
        int first = 0;
        while (a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (a.substring(first + 1).equals(b.substring(first + 1))) {
            return true; // one letter changed
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** BM25 of a text's terms against the labels in its language. */
    private void addTermScores(String language, List<String> terms, Map<Integer, double[]> scores) {
        for (String term : Set.copyOf(terms)) {
            List<Integer> postings = termPostings.getOrDefault(term, List.of());
            double idf = idf(postings.size());
            for (int id : postings) {
                if (!labels.get(id).language().equals(language)) {
                    continue;
                }
                int length = labelTerms.get(id).length;
                double tf = count(labelTerms.get(id), term);
                double bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
                scores.computeIfAbsent(id, i -> new double[2])[0] += bm25;
            }
        }
    }

    private void addGramScores(Set<String> queryGrams, Set<String> languages, Map<Integer, double[]> scores) {
        Map<Integer, Integer> overlap = new HashMap<>();
        Map<Integer, Double> weighted = new HashMap<>();
        for (String gram : queryGrams) {
            double weight = gramWeight(gram);
            for (int id : gramPostings.getOrDefault(gram, List.of())) {
                overlap.merge(id, 1, Integer::sum);
                weighted.merge(id, weight, Double::sum);
            }
        }
        int minimum = Math.max(1, (int) Math.ceil(queryGrams.size() * 0.3));
        for (var entry : overlap.entrySet()) {
            int id = entry.getKey();
            if (languages.contains(labels.get(id).language())
                    && (entry.getValue() >= minimum || scores.containsKey(id))) {
                scores.computeIfAbsent(id, i -> new double[2])[1] = weighted.get(id);
            }
        }
    }

    /** How much a trigram says: common endings ("er ", "ker") say less than rare letter groups. */
    private double gramWeight(String gram) {
        double idf = idf(gramPostings.getOrDefault(gram, List.of()).size());
        return Math.pow(idf, GRAM_IDF_POWER);
    }

    private double idf(String term) {
        return idf(termPostings.getOrDefault(term, List.of()).size());
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (labels.size() - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private static boolean contains(String[] terms, String term) {
        for (String t : terms) {
            if (t.equals(term)) {
                return true;
            }
        }
        return false;
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

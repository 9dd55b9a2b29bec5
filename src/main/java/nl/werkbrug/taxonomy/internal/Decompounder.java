package nl.werkbrug.taxonomy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Splits Dutch compounds into the words they are made of, against a vocabulary of the words that
 * stand on their own in the labels: "heftruckchauffeur" into "heftruck" and "chauffeur",
 * "keukenmedewerker" into "keuken" and "medewerker". The last part, the head, must be a known word;
 * the parts before it are known words too (a linking "s" allowed: "bedrijfsleider"), except that
 * the first part may be any word of at least {@value #MINIMUM_PART} letters ("trappenmaker") when
 * no split into known words exists. Words that stand on their own in many labels ("medewerker",
 * not "mede werker") are taken as one word.
 */
public final class Decompounder {

    /** Splits nothing. */
    public static final Decompounder NONE = new Decompounder(Set.of(), Set.of());

    private static final int MINIMUM_PART = 4;
    /** A word found in this many labels or more is a word of its own, not a compound to split. */
    private static final int LEXICALIZED = 50;

    private final Set<String> vocabulary;
    private final Set<String> lexicalized;

    private Decompounder(Set<String> vocabulary, Set<String> lexicalized) {
        this.vocabulary = vocabulary;
        this.lexicalized = lexicalized;
    }

    /** A decompounder that knows the words given (normalized, as from {@link TextAnalyzer#words}), one per use. */
    public static Decompounder of(Collection<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            if (word.length() >= MINIMUM_PART && Character.isLetter(word.charAt(0))) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        Set<String> lexicalized = Set.copyOf(counts.entrySet().stream().filter(e -> e.getValue() >= LEXICALIZED)
                .map(Map.Entry::getKey).toList());
        return new Decompounder(Set.copyOf(counts.keySet()), lexicalized);
    }

    /** The parts of a compound, head last; empty if the word is not a compound of known words. */
    public List<String> split(String word) {
        if (vocabulary.isEmpty() || word.length() < 2 * MINIMUM_PART || lexicalized.contains(word)) {
            return List.of();
        }
        List<String> parts = split(word, true);
        return parts == null || parts.size() < 2 ? List.of() : parts;
    }

    /**
     * The parts of a word: first with known words only, then, for the start of a word, with any
     * first part, so that "verkoopleider" is "verkoop leider", not "verko opleider".
     */
    private @Nullable List<String> split(String word, boolean start) {
        List<String> parts = splitAt(word, false);
        return parts == null && start ? splitAt(word, true) : parts;
    }

    /** Tries the longest known head first. */
    private @Nullable List<String> splitAt(String word, boolean anyFirstPart) {
        for (int cut = MINIMUM_PART; cut <= word.length() - MINIMUM_PART; cut++) {
            String head = word.substring(cut);
            if (!vocabulary.contains(head)) {
                continue;
            }
            List<String> modifier = modifier(word.substring(0, cut), anyFirstPart);
            if (modifier != null) {
                List<String> parts = new ArrayList<>(modifier);
                List<String> headParts = head.length() >= 2 * MINIMUM_PART && !lexicalized.contains(head)
                        ? split(head, false) : null;
                parts.addAll(headParts == null ? List.of(head) : headParts);
                return parts;
            }
        }
        return null;
    }

    private @Nullable List<String> modifier(String word, boolean anyFirstPart) {
        if (vocabulary.contains(word)) {
            return List.of(word);
        }
        String withoutLink = word.substring(0, word.length() - 1);
        if (word.endsWith("s") && withoutLink.length() >= MINIMUM_PART && vocabulary.contains(withoutLink)) {
            return List.of(withoutLink);
        }
        List<String> parts = word.length() >= 2 * MINIMUM_PART ? split(word, anyFirstPart) : null;
        if (parts != null) {
            return parts;
        }
        return anyFirstPart ? List.of(word) : null;
    }
}

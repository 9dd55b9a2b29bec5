package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An immutable dictionary of names (one to four words) found in folded text by whole words: exact phrases, word
 * stems (for inflected Cyrillic forms), and Arabic words with a one-letter clitic (و, ب, ل, ف) in front.
 *
 * @param <T> the value a phrase stands for
 */
final class CvPhrases<T> {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}']*");
    private static final String CLITICS = "وبلف";

    private final Map<String, T> exact;
    private final List<Map.Entry<String, T>> stems;
    private final int maxWords;

    private CvPhrases(Map<String, T> exact, List<Map.Entry<String, T>> stems) {
        this.exact = Map.copyOf(exact);
        this.stems = List.copyOf(stems);
        this.maxWords = exact.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** A phrase found at {@code [start, end)} of the folded text. */
    record Hit<T>(int start, int end, T value) {
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects phrases; every phrase is folded the same way as the text it is matched against. */
    static final class Builder<T> {
        private final Map<String, T> exact = new HashMap<>();
        private final List<Map.Entry<String, T>> stems = new ArrayList<>();

        /** Adds whole phrases. */
        Builder<T> add(T value, String... phrases) {
            for (String phrase : phrases) {
                exact.putIfAbsent(key(phrase), value);
            }
            return this;
        }

        /** Adds word beginnings: a word starting with one of them matches. */
        Builder<T> stems(T value, String... prefixes) {
            for (String prefix : prefixes) {
                stems.add(Map.entry(CvText.fold(prefix), value));
            }
            return this;
        }

        CvPhrases<T> build() {
            return new CvPhrases<>(exact, stems);
        }

        private static String key(String phrase) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(CvText.fold(phrase));
            while (m.find()) {
                words.add(m.group());
            }
            return String.join(" ", words);
        }
    }

    /** The phrases in a folded text, left to right, longest first, not overlapping. */
    List<Hit<T>> find(String fold) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int used = 0;
            for (int n = Math.min(maxWords, words.size() - i); n >= 1 && used == 0; n--) {
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    if (k > i) {
                        key.append(' ');
                    }
                    key.append(fold, words.get(k)[0], words.get(k)[1]);
                }
                @Nullable T value = exact.get(key.toString());
                if (value != null) {
                    hits.add(new Hit<>(words.get(i)[0], words.get(i + n - 1)[1], value));
                    used = n;
                }
            }
            if (used == 0) {
                String word = fold.substring(words.get(i)[0], words.get(i)[1]);
                @Nullable T value = single(word);
                if (value != null) {
                    hits.add(new Hit<>(words.get(i)[0], words.get(i)[1], value));
                }
                used = 1;
            }
            i += used;
        }
        return hits;
    }

    /** The first value found in a folded text, or null. */
    @Nullable T first(String fold) {
        List<Hit<T>> hits = find(fold);
        return hits.isEmpty() ? null : hits.getFirst().value();
    }

    private @Nullable T single(String word) {
        if (word.length() > 3 && CLITICS.indexOf(word.charAt(0)) >= 0) {
            @Nullable T value = exact.get(word.substring(1));
            if (value != null) {
                return value;
            }
        }
        for (Map.Entry<String, T> stem : stems) {
            if (word.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }
}

package nl.werkbrug.taxonomy.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns text into search terms: folds case and diacritics ("café" = "cafe"), splits words, drops
 * stop words and stems Dutch and English words so that plurals meet singulars ("chauffeurs" =
 * "chauffeur"). Character trigrams of the text without spaces make compounds and word order
 * meet ("heftruckchauffeur" ~ "chauffeur heftruck").
 */
public final class TextAnalyzer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "de", "het", "een", "en", "van", "voor", "in", "op", "met", "of", "aan", "bij", "te", "tot", "door",
            "om", "als", "die", "dat", "zijn", "is", "the", "a", "an", "and", "for", "to", "on", "with", "or",
            "at", "by", "as", "be", "from", "into", "its", "their");

    private TextAnalyzer() {
    }

    /** Lower case, no diacritics, letters and digits only (any script), single spaces. */
    public static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        var out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    public static List<String> words(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Stemmed content words, in order, stop words left out. */
    public static List<String> terms(String text, String language) {
        List<String> terms = new ArrayList<>();
        SnowballStemmer stemmer = stemmer(language);
        for (String word : words(text)) {
            if (STOP_WORDS.contains(word) || word.length() < 2 && !Character.isDigit(word.charAt(0))) {
                continue;
            }
            terms.add(stem(stemmer, word));
        }
        return terms;
    }

    /** Character trigrams of the normalized text with the spaces taken out. */
    public static Set<String> trigrams(String text) {
        String joined = normalize(text).replace(" ", "");
        Set<String> grams = new LinkedHashSet<>();
        if (joined.length() < 3) {
            if (!joined.isEmpty()) {
                grams.add(joined);
            }
            return grams;
        }
        for (int i = 0; i + 3 <= joined.length(); i++) {
            grams.add(joined.substring(i, i + 3));
        }
        return grams;
    }

    /** Harman's S-stemmer: "developers" to "developer", "technologies" to "technology", "analysis" kept. */
    static String englishSingular(String word) {
        if (word.length() < 4) {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String stem(@org.jspecify.annotations.Nullable SnowballStemmer stemmer, String word) {
        if (!Character.isLetter(word.charAt(0)) || word.charAt(0) > 'z') {
            return word;
        }
        if (stemmer == null) {
            // English: plurals only; full stemming joins words such as "experience" and "experiment"
            return englishSingular(word);
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static @org.jspecify.annotations.Nullable SnowballStemmer stemmer(String language) {
        return switch (language) {
            case "nl" -> new DutchStemmer();
            default -> null;
        };
    }
}

package nl.werkbrug.taxonomy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns text into search terms: folds case and diacritics ("café" = "cafe"), keeps technical names
 * made of punctuation ("C#", "C++", ".NET"), splits words, drops stop words and stems Dutch and
 * English words so that plurals meet singulars ("chauffeurs" = "chauffeur"). Character trigrams of
 * the text without spaces make spelling variants meet.
 */
public final class TextAnalyzer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Names of programming languages and platforms that are made of punctuation: C#, C++, F#, .NET. */
    private static final Pattern CSHARP = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])c(?:#|\\s+sharp\\b)");
    private static final Pattern CPLUSPLUS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])c\\s?\\+\\+");
    private static final Pattern FSHARP = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])f#");
    private static final Pattern DOTNET = Pattern.compile("(?i)(?:\\.\\s?|\\bdot\\s)net\\b");
    /** Krovetz stemming with one reusable token stream per thread. */
    private static final Analyzer KSTEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new KStemFilter(tokenizer));
        }
    };
    /** Stems of the words met first (the labels' words), as the stemmer is slow next to the rest. */
    /**
     * Shorthand of job ads for words ESCO spells out: "JS" is JavaScript, "teamwork" is working in a
     * team. Only unambiguous forms (not "ml", which is also millilitre).
     */
    private static final Map<String, List<String>> SHORTHAND = Map.of(
            "js", List.of("javascript"),
            "ts", List.of("typescript"),
            "k8s", List.of("kubernetes"),
            "teamwork", List.of("team", "work"),
            "teamplayer", List.of("team", "player"));
    private static final Map<String, String> ENGLISH_STEMS = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_SIZE = 100_000;
    private static final Set<String> STOP_WORDS = Set.of(
            "de", "het", "een", "en", "van", "voor", "in", "op", "met", "of", "aan", "bij", "te", "tot", "door",
            "om", "als", "die", "dat", "zijn", "is", "the", "a", "an", "and", "for", "to", "on", "with", "or",
            "at", "by", "as", "be", "from", "into", "its", "their", "etc");

    private TextAnalyzer() {
    }

    /** Lower case, no diacritics, letters and digits only (any script), single spaces. */
    public static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(technical(text), Normalizer.Form.NFKD)).replaceAll("");
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

    /** Spells out the technical names that punctuation would otherwise erase: "C#" becomes "csharp", "C++" "cpp". */
    static String technical(String text) {
        if (text.indexOf('#') < 0 && text.indexOf('+') < 0 && !text.toLowerCase(Locale.ROOT).contains("net")) {
            return text;
        }
        String out = CSHARP.matcher(text).replaceAll(" csharp ");
        out = CPLUSPLUS.matcher(out).replaceAll(" cpp ");
        out = FSHARP.matcher(out).replaceAll(" fsharp ");
        return DOTNET.matcher(out).replaceAll(" dotnet ");
    }

    public static List<String> words(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Stemmed content words, in order, stop words left out. */
    public static List<String> terms(String text, String language) {
        return terms(text, language, Decompounder.NONE);
    }

    /**
     * Stemmed content words, in order, stop words left out, each compound replaced by its parts
     * ("heftruckchauffeur" becomes "heftruck chauffeur"). Single letters stay: "Objective-C" is not
     * "objective", and "O&G-verpleegkundige" is not "verpleegkundige".
     */
    public static List<String> terms(String text, String language, Decompounder compounds) {
        List<String> terms = new ArrayList<>();
        SnowballStemmer stemmer = stemmer(language);
        for (String written : words(text)) {
            for (String word : SHORTHAND.getOrDefault(written, List.of(written))) {
                addTerms(word, stemmer, compounds, terms);
            }
        }
        return terms;
    }

    private static void addTerms(String word, @Nullable SnowballStemmer stemmer, Decompounder compounds,
                                 List<String> terms) {
        if (STOP_WORDS.contains(word)) {
            return;
        }
        List<String> parts = compounds.split(word);
        if (parts.isEmpty()) {
            terms.add(stem(stemmer, word));
        }
        for (String part : parts) {
            terms.add(stem(stemmer, part));
        }
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

    private static String stem(@Nullable SnowballStemmer stemmer, String word) {
        if (!Character.isLetter(word.charAt(0)) || word.charAt(0) > 'z') {
            return word;
        }
        if (stemmer == null) {
            return englishStem(word);
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * English: Krovetz's dictionary-based stemmer, which undoes inflection ("developers", "testing")
     * without joining words such as "experience" and "experiment" as Porter's does.
     */
    private static String englishStem(String word) {
        String cached = ENGLISH_STEMS.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = krovetz(word);
        if (ENGLISH_STEMS.size() < STEM_CACHE_SIZE) {
            ENGLISH_STEMS.put(word, stem);
        }
        return stem;
    }

    private static String krovetz(String word) {
        try (TokenStream stream = KSTEM.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable SnowballStemmer stemmer(String language) {
        return switch (language) {
            case "nl" -> new DutchStemmer();
            default -> null;
        };
    }
}

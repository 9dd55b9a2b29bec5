package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkbrug.cv.internal.CvStructure.Script;
import nl.werkbrug.cv.internal.CvStructure.ScriptStats;
import nl.werkbrug.cv.internal.CvText.Line;

/**
 * Counts letters per script and, for text in a mostly non-Latin script, collects the Latin-script terms in it
 * ("AutoCAD", "Microsoft Excel", "HACCP"): runs of up to four Latin words, numbers kept after a word ("Office 365"),
 * without single letters, CEFR levels, licence categories and contact labels ("Email"), de-duplicated ignoring case.
 */
final class CvScripts {

    private static final int MAX_TERM_WORDS = 4;
    private static final String WORD = "[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}+#&./'-]*";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + WORD + "(?:[ \\t]+" + WORD + ")*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.'/&-]+$");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern NOT_A_TERM = Pattern.compile("\\p{IsLatin}|[ABC][12]|AM|BE|CE|C1|D1|[IVX]+|\\p{N}+"
            + "|(?i:e-?mail|mail|tel|phone|mobile|fax|linkedin|whatsapp|telegram|viber|skype|cv|resume)");

    private CvScripts() {
    }

    static ScriptStats count(List<Line> lines) {
        int latin = 0;
        int arabic = 0;
        int cyrillic = 0;
        int other = 0;
        for (Line line : lines) {
            for (int i = 0; i < line.norm.length(); i++) {
                char c = line.norm.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                switch (Character.UnicodeScript.of(c)) {
                    case LATIN -> latin++;
                    case ARABIC -> arabic++;
                    case CYRILLIC -> cyrillic++;
                    default -> other++;
                }
            }
        }
        Script dominant = Script.OTHER;
        int most = other;
        if (latin > most || latin > 0 && latin == most) {
            dominant = Script.LATIN;
            most = latin;
        }
        if (arabic > most) {
            dominant = Script.ARABIC;
            most = arabic;
        }
        if (cyrillic > most) {
            dominant = Script.CYRILLIC;
        }
        return new ScriptStats(dominant, latin, arabic, cyrillic, other);
    }

    /** The Latin terms of a mostly non-Latin text, in order; empty when at least half of the letters are Latin. */
    static List<String> latinTerms(List<Line> lines, ScriptStats stats) {
        if (stats.latin() * 2 >= stats.latin() + stats.arabic() + stats.cyrillic() + stats.other()) {
            return List.of();
        }
        Map<String, String> terms = new LinkedHashMap<>();
        for (Line line : lines) {
            Matcher run = RUN.matcher(line.norm);
            while (run.find()) {
                List<String> words = new ArrayList<>();
                for (String word : SPACES.split(run.group().strip())) {
                    String trimmed = TRAILING.matcher(word).replaceAll("");
                    if (NOT_A_TERM.matcher(trimmed).matches()
                            && !(trimmed.chars().allMatch(Character::isDigit) && !words.isEmpty())) {
                        addTerms(terms, words);
                        words.clear();
                    } else if (!trimmed.isEmpty()) {
                        words.add(trimmed);
                    }
                }
                addTerms(terms, words);
            }
        }
        return List.copyOf(terms.values());
    }

    private static void addTerms(Map<String, String> terms, List<String> words) {
        for (int from = 0; from < words.size(); from += MAX_TERM_WORDS) {
            String term = String.join(" ", words.subList(from, Math.min(words.size(), from + MAX_TERM_WORDS)));
            if (LATIN_LETTER.matcher(term).find()) {
                terms.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
            }
        }
    }
}

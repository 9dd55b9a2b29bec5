package nl.werkbrug.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds ESCO skills in free text (a CV line, a vacancy, a sentence): every sentence or line is
 * matched against the skill labels; a skill found in several places ranks higher. Each result
 * keeps the piece of text it came from.
 */
@Component
public class SkillExtractor {

    /** Sentence ends, line breaks, bullets and tabs; not the dot of ".NET" written apart ("C# . NET"). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:])\\s+(?!(?i:net)\\b)|\\R|\\s[•·\\-–]\\s|\\t");
    private static final int PER_SENTENCE = 8;
    private static final double MINIMUM_SCORE = 0.3;

    private final TaxonomyService taxonomy;

    SkillExtractor(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** A skill found in a text, with the sentence it was found in. */
    public record FoundSkill(String uri, String label, double score, String evidence) {
    }

    public List<FoundSkill> extract(String text, String language, int limit) {
        Map<String, FoundSkill> best = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (String sentence : sentences(text)) {
            for (ConceptMatch match : taxonomy.skillsIn(sentence, language, PER_SENTENCE)) {
                if (match.score() < MINIMUM_SCORE) {
                    continue;
                }
                mentions.merge(match.uri(), 1, Integer::sum);
                best.merge(match.uri(), new FoundSkill(match.uri(), match.label(), match.score(), sentence),
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<FoundSkill> found = new ArrayList<>();
        best.forEach((uri, skill) -> found.add(new FoundSkill(uri, skill.label(),
                Math.min(1, skill.score() + 0.02 * Math.min(3, mentions.get(uri) - 1)), skill.evidence())));
        found.sort(Comparator.comparingDouble(FoundSkill::score).reversed().thenComparing(FoundSkill::uri));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCES.split(text)) {
            String sentence = part.strip();
            if (sentence.length() >= 2 && sentence.length() <= 400) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}

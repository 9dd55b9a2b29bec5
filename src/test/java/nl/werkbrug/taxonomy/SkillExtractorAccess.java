package nl.werkbrug.taxonomy;

import java.util.List;

/** Runs the skill extractor for benchmarks, without a Spring context. */
public final class SkillExtractorAccess {

    private SkillExtractorAccess() {
    }

    public static List<String> extract(String text, String language, int limit) {
        return new SkillExtractor(TaxonomyAccess.service()).extract(text, language, limit).stream()
                .map(SkillExtractor.FoundSkill::uri).toList();
    }
}

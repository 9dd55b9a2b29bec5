package nl.werkbrug.taxonomy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.werkbrug.taxonomy.internal.LabelIndex;
import nl.werkbrug.taxonomy.internal.LoadedTaxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ESCO occupations and skills: look-up by URI, the ISCO hierarchy, and search by label in any
 * language the taxonomy has (Dutch and English always; more from official ESCO label files in
 * {@code werkbrug.taxonomy.labels-dir}). Public reference data, so no sign-in is needed to read it.
 */
@Service
public class TaxonomyService {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyService.class);
    private final LoadedTaxonomy taxonomy;

    TaxonomyService(@Value("${werkbrug.taxonomy.labels-dir:}") String labelsDir) {
        long start = System.nanoTime();
        this.taxonomy = LoadedTaxonomy.load(labelsDir.isBlank() ? null : Path.of(labelsDir));
        log.info("ESCO v1.1.1 loaded: {} occupations, {} skills, languages {} ({} ms)", taxonomy.occupations().size(),
                taxonomy.skills().size(), taxonomy.languages(), (System.nanoTime() - start) / 1_000_000);
    }

    public Set<String> languages() {
        return taxonomy.languages();
    }

    public java.util.Collection<Occupation> allOccupations() {
        return taxonomy.occupations().values();
    }

    public java.util.Collection<Skill> allSkills() {
        return taxonomy.skills().values();
    }

    public Optional<Occupation> occupation(String uri) {
        return Optional.ofNullable(taxonomy.occupations().get(uri));
    }

    public Optional<Skill> skill(String uri) {
        return Optional.ofNullable(taxonomy.skills().get(uri));
    }

    public Optional<IscoGroup> iscoGroup(String code) {
        return Optional.ofNullable(taxonomy.iscoGroups().get(code));
    }

    /** The ISCO-08 groups above and including a unit group: major, sub-major, minor, unit. */
    public List<IscoGroup> iscoHierarchy(String unitGroup) {
        List<IscoGroup> groups = new ArrayList<>();
        for (int length = 1; length <= unitGroup.length(); length++) {
            iscoGroup(unitGroup.substring(0, length)).ifPresent(groups::add);
        }
        return groups;
    }

    /** The label of an occupation or skill in a language, falling back to Dutch, then English. */
    public String label(String uri, String language) {
        return occupation(uri).map(o -> o.label(language))
                .or(() -> skill(uri).map(s -> s.label(language))).orElse(uri);
    }

    /** Occupations whose labels match the query best, labelled in {@code language}. */
    public List<ConceptMatch> searchOccupations(String query, String language, int limit) {
        return matches(taxonomy.occupationIndex(), query, language, limit);
    }

    /** Skills whose labels match the query best, labelled in {@code language}. */
    public List<ConceptMatch> searchSkills(String query, String language, int limit) {
        return matches(taxonomy.skillIndex(), query, language, limit);
    }

    /** Skills whose labels stand in a longer text (a sentence or line), best first. */
    public List<ConceptMatch> skillsIn(String text, String language, int limit) {
        if (text.isBlank()) {
            return List.of();
        }
        return taxonomy.skillIndex().findIn(text, textLanguages(language), Math.clamp(limit, 1, 100)).stream()
                .map(hit -> match(hit, language)).toList();
    }

    private List<ConceptMatch> matches(LabelIndex index, String query, String language, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        return index.search(query, searchLanguages(language), Math.clamp(limit, 1, 100)).stream()
                .map(hit -> match(hit, language)).toList();
    }

    private ConceptMatch match(LabelIndex.Hit hit, String language) {
        return new ConceptMatch(hit.uri(), label(hit.uri(), language), Math.round(hit.score() * 1000) / 1000.0,
                hit.label().text());
    }

    /** For running text: its own language where ESCO has it, plus English for the technical terms in any CV. */
    private Set<String> textLanguages(String language) {
        return taxonomy.languages().contains(language) ? new java.util.TreeSet<>(List.of(language, "en")) : Set.of("nl", "en");
    }

    /** The query language's own labels, plus Dutch and English, which every concept has. */
    private Set<String> searchLanguages(String language) {
        var languages = new java.util.TreeSet<>(Set.of("nl", "en"));
        if (taxonomy.languages().contains(language)) {
            languages.add(language);
        }
        return languages;
    }
}

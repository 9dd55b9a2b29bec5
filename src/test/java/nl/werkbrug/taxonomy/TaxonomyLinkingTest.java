package nl.werkbrug.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Label search and skill extraction on the shipped ESCO data, without a Spring context: compounds,
 * the score a CV line needs to count as a job title, technical names and a varied top.
 */
class TaxonomyLinkingTest {

    static final TaxonomyService taxonomy = TaxonomyAccess.service();

    @ParameterizedTest
    @ValueSource(strings = {"heftruckchauffeur", "chauffeur heftruck", "vorkheftruckbestuurder", "Heftruckchauffeurs",
            "HEFTRUCK-CHAUFFEUR", "heftruck chauffeur", "forklift operator", "forklift driver", "heftruckbestuurster"})
    void finds_the_forklift_operator_however_it_is_written(String query) {
        var found = taxonomy.searchOccupations(query, "nl", 5);
        assertThat(found.getFirst().uri()).as(found.toString()).isEqualTo(TaxonomySearchTest.FORKLIFT_OPERATOR);
        assertThat(found.getFirst().label()).isEqualTo("heftruckchauffeur");
        assertThat(found.getFirst().score()).isBetween(0.7, 1.0);
    }

    @Test
    void matches_a_compound_with_its_parts_in_another_order() {
        var found = taxonomy.searchOccupations("medewerker keuken", "nl", 3);
        assertThat(found).extracting(ConceptMatch::label).contains("medewerker keuken");
        assertThat(taxonomy.searchOccupations("keukenmedewerker", "nl", 3)).extracting(ConceptMatch::uri)
                .contains(found.getFirst().uri());
    }

    @Test
    void finds_technical_skills_written_with_punctuation() {
        var labels = TaxonomyAccess.skillExtractor().extract("Experience with Java, C# and . NET", "en", 5).stream()
                .map(SkillExtractor.FoundSkill::label).toList();
        assertThat(labels).contains("Java (computer programming)", "C#", "Visual Studio .NET");
    }

    @Test
    void finds_skills_in_a_text_best_first() {
        var found = TaxonomyAccess.skillExtractor()
                .extract("Five years of experience with JavaScript and SQL. I speak English.", "en", 5);
        assertThat(found).extracting(SkillExtractor.FoundSkill::label).contains("JavaScript", "SQL");
        assertThat(found.getFirst().score()).isGreaterThanOrEqualTo(found.getLast().score());
    }

    @Test
    void does_not_fill_the_top_with_variations_of_one_phrase() {
        var labels = TaxonomyAccess.skillExtractor().extract("You are able to work independently.", "en", 5).stream()
                .map(SkillExtractor.FoundSkill::label).toList();
        assertThat(labels.getFirst()).isEqualTo("work independently");
    }

    @Test
    void a_bare_occupation_means_its_general_concept() {
        // ESCO names the general concept "algemeen X"; specialisations carry "X" as an alternative label
        assertThat(taxonomy.searchOccupations("verpleegkundige", "nl", 3).getFirst().label())
                .isEqualTo("algemeen verpleegkundige");
        assertThat(taxonomy.searchOccupations("dierenarts", "nl", 3).getFirst().label())
                .isEqualTo("algemeen dierenarts");
    }

    @Test
    void reads_the_shorthand_of_job_ads() {
        var labels = TaxonomyAccess.skillExtractor().extract("Teamwork and experience with JS frameworks", "en", 5)
                .stream().map(SkillExtractor.FoundSkill::label).toList();
        assertThat(labels).contains("work in teams", "JavaScript");
    }

    @Test
    void a_double_title_names_its_main_role_first() {
        assertThat(taxonomy.searchOccupations("Kapper-salonbeheerder", "nl", 3).getFirst().label()).isEqualTo("kapper");
        assertThat(taxonomy.searchOccupations("Orthoptist-optometrist", "nl", 3).getFirst().label())
                .isEqualTo("orthoptist");
    }
}

package nl.werkbrug.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Label search on the real ESCO v1.1.1 data shipped with the application. */
class TaxonomySearchTest {

    static final String FORKLIFT_OPERATOR = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    static TaxonomyService taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = new TaxonomyService("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heftruckchauffeur", "chauffeur heftruck", "vorkheftruckbestuurder", "Heftruckchauffeurs",
            "HEFTRUCK-CHAUFFEUR", "heftruck chauffeur", "forklift operator", "forklift driver"})
    void finds_the_forklift_operator_however_it_is_written(String query) {
        var found = taxonomy.searchOccupations(query, "nl", 5);
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().uri()).as(found.toString()).isEqualTo(FORKLIFT_OPERATOR);
        assertThat(found.getFirst().label()).isEqualTo("heftruckchauffeur");
    }

    @Test
    void labels_follow_the_asked_language_and_fall_back_to_dutch() {
        assertThat(taxonomy.searchOccupations("heftruckchauffeur", "en", 1).getFirst().label())
                .isEqualTo("forklift operator");
        assertThat(taxonomy.searchOccupations("heftruckchauffeur", "ar", 1).getFirst().label())
                .isEqualTo("heftruckchauffeur");
    }

    @Test
    void ignores_diacritics() {
        var found = taxonomy.searchOccupations("inspicient", "nl", 3);
        assertThat(found.getFirst().label()).isEqualTo("inspiciënt");
    }

    @Test
    void knows_the_isco_hierarchy_and_skills_of_an_occupation() {
        var forklift = taxonomy.occupation(FORKLIFT_OPERATOR).orElseThrow();
        assertThat(forklift.iscoCode()).isEqualTo("8344");
        assertThat(taxonomy.iscoHierarchy("8344")).extracting(IscoGroup::code).containsExactly("8", "83", "834", "8344");
        assertThat(forklift.essentialSkills()).hasSize(31);
        assertThat(forklift.skillLevel()).isEqualTo(2);
        assertThat(taxonomy.skill(forklift.essentialSkills().getFirst())).isPresent();
    }

    @Test
    void finds_skills_by_label() {
        var found = taxonomy.searchSkills("JavaScript", "en", 3);
        assertThat(found.getFirst().label()).isEqualTo("JavaScript");
    }

    @Test
    void an_empty_query_finds_nothing() {
        assertThat(taxonomy.searchOccupations("  ", "nl", 5)).isEmpty();
    }
}

package nl.werkbrug.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelIndexTest {

    private static LabelIndex index(String language, String... uriAndLabel) {
        var index = new LabelIndex();
        for (int i = 0; i < uriAndLabel.length; i += 2) {
            index.add(new LabelIndex.Label(uriAndLabel[i], language, uriAndLabel[i + 1], true));
        }
        index.freeze();
        return index;
    }

    @Test
    void a_qualifier_in_parentheses_need_not_stand_in_the_text() {
        var index = index("en",
                "saas", "SaaS (service-oriented modelling)",
                "java", "Java (computer programming)",
                "construction", "construction industry",
                "textiles", "textile industry");
        var found = index.findIn("Industry: financial technology, SaaS and Java", Set.of("en"), 5);
        assertThat(found).extracting(LabelIndex.Hit::uri).contains("saas", "java");
    }

    @Test
    void a_short_label_that_the_title_spells_out_in_full_ranks_first() {
        var index = index("nl",
                "receptionist", "receptionist",
                "portier", "hotelportier",
                "kapper", "kapper");
        var found = index.search("hotelreceptionist", Set.of("nl"), 3);
        assertThat(found.getFirst().uri()).isEqualTo("receptionist");
    }

    @Test
    void a_label_word_with_a_typing_error_still_meets_the_title() {
        var index = index("nl",
                "network", "netwerkeheerder",
                "systems", "ict systeembeheerder",
                "beheerder", "beheerder",
                "net", "netwerk");
        var found = index.search("netwerkbeheerder", Set.of("nl"), 3);
        assertThat(found.getFirst().uri()).isEqualTo("network");
    }

    @Test
    void one_edit_apart_means_one_letter_left_out_added_changed_or_swapped() {
        assertThat(LabelIndex.oneEditApart("netwerkbeheerder", "netwerkeheerder")).isTrue();
        assertThat(LabelIndex.oneEditApart("netwerkeheerder", "netwerkbeheerder")).isTrue();
        assertThat(LabelIndex.oneEditApart("verpleegkundige", "verpleegkundiga")).isTrue();
        assertThat(LabelIndex.oneEditApart("verpleegkundige", "verpleegkudnige")).isTrue();
        assertThat(LabelIndex.oneEditApart("verpleegkundige", "verpleegkundige")).isFalse();
        assertThat(LabelIndex.oneEditApart("verpleegkundige", "verpleegkunde")).isFalse();
        assertThat(LabelIndex.oneEditApart("magazijnmedewerker", "magazijnbeheerder")).isFalse();
    }
}

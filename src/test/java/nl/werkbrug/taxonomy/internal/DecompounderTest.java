package nl.werkbrug.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecompounderTest {

    static final Decompounder COMPOUNDS = Decompounder.of(vocabulary());

    static List<String> vocabulary() {
        List<String> words = new ArrayList<>(List.of("chauffeur", "heftruck", "bestuurder", "vorkheftruck", "keuken",
                "bedrijf", "leider", "verkoop", "opleider", "maker", "arts"));
        words.addAll(Collections.nCopies(50, "medewerker"));
        words.add("werker");
        return words;
    }

    @Test
    void splits_a_compound_into_known_words_head_last() {
        assertThat(COMPOUNDS.split("heftruckchauffeur")).containsExactly("heftruck", "chauffeur");
        assertThat(COMPOUNDS.split("keukenmedewerker")).containsExactly("keuken", "medewerker");
    }

    @Test
    void splits_the_parts_of_the_parts() {
        assertThat(COMPOUNDS.split("vorkheftruckbestuurder")).containsExactly("vorkheftruck", "bestuurder");
        assertThat(COMPOUNDS.split("heftruckbestuurder")).containsExactly("heftruck", "bestuurder");
    }

    @Test
    void takes_a_linking_s_out() {
        assertThat(COMPOUNDS.split("bedrijfsleider")).containsExactly("bedrijf", "leider");
    }

    @Test
    void prefers_known_words_to_an_unknown_first_part() {
        assertThat(COMPOUNDS.split("verkoopleider")).containsExactly("verkoop", "leider");
        assertThat(COMPOUNDS.split("trappenmaker")).containsExactly("trappen", "maker");
    }

    @Test
    void leaves_common_words_and_non_compounds_whole() {
        assertThat(COMPOUNDS.split("medewerker")).isEmpty();
        assertThat(COMPOUNDS.split("chauffeur")).isEmpty();
        assertThat(COMPOUNDS.split("ingenieur")).isEmpty();
        assertThat(Decompounder.NONE.split("heftruckchauffeur")).isEmpty();
    }

    @Test
    void compounds_and_their_parts_become_the_same_terms() {
        assertThat(TextAnalyzer.terms("Heftruckchauffeur", "nl", COMPOUNDS))
                .isEqualTo(TextAnalyzer.terms("heftruck chauffeurs", "nl", COMPOUNDS));
    }
}

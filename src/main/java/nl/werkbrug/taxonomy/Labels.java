package nl.werkbrug.taxonomy;

import java.util.List;

/** The labels of a concept in one language: the preferred one, alternatives and hidden ones (search only). */
public record Labels(String preferred, List<String> alternatives, List<String> hidden) {

    public Labels {
        alternatives = List.copyOf(alternatives);
        hidden = List.copyOf(hidden);
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.werkbrug.taxonomy.ConceptMatch;
import nl.werkbrug.taxonomy.TaxonomyService;

/**
 * ESCO skills to choose from. The skills ESCO gives the chosen occupation are offered first, so that
 * the employer ticks rather than types; any other skill is found by typing, in Dutch, English or the
 * language of the screen.
 */
class SkillsField extends MultiSelectComboBox<String> {

    private static final int SEARCHED = 20;

    private final TaxonomyService taxonomy;
    private final String language;
    private List<String> offered = List.of();

    SkillsField(TaxonomyService taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.language = language;
        setItemLabelGenerator(uri -> taxonomy.label(uri, language));
        setItems(query -> suggestions(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
        setSelectedItemsOnTop(true);
        setWidthFull();
    }

    /**
     * Offers an occupation's skills in place of the previous occupation's, chosen or not. Skills the
     * employer found by typing stay chosen; those of the previous occupation go.
     */
    void propose(Collection<String> skills, boolean chosen) {
        var kept = new LinkedHashSet<>(getValue());
        kept.removeAll(offered);
        offer(skills);
        if (chosen) {
            kept.addAll(skills);
        }
        setValue(kept);
    }

    /** Offers an occupation's skills without changing what is chosen. */
    void offer(Collection<String> skills) {
        offered = List.copyOf(skills);
        getDataProvider().refreshAll();
    }

    private Stream<String> suggestions(String filter) {
        if (filter.isBlank()) {
            return offered.stream();
        }
        String folded = filter.strip().toLowerCase(Locale.ROOT);
        var own = offered.stream().filter(uri -> taxonomy.label(uri, language).toLowerCase(Locale.ROOT).contains(folded));
        var found = taxonomy.searchSkills(filter, language, SEARCHED).stream().map(ConceptMatch::uri);
        return Stream.concat(own, found).distinct();
    }
}

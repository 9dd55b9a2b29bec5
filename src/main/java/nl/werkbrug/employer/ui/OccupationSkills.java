package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import nl.werkbrug.taxonomy.ConceptMatch;
import nl.werkbrug.taxonomy.TaxonomyService;

/**
 * The occupation, found in ESCO as the employer types (in Dutch, English or the language of the
 * screen), and its skills. Choosing an occupation proposes what ESCO knows about it: its essential
 * skills chosen, its optional skills offered, and its name as the title when there is none yet.
 */
class OccupationSkills extends Composite<VerticalLayout> {

    private static final int MOST = 100;

    final ComboBox<String> occupation = new ComboBox<>();
    final SkillsField essential;
    final SkillsField optional;

    OccupationSkills(TaxonomyService taxonomy, Consumer<String> chosenName) {
        String language = getLocale().getLanguage();
        essential = new SkillsField(taxonomy, language);
        optional = new SkillsField(taxonomy, language);
        occupation.setLabel(getTranslation("vacancyForm.occupation"));
        occupation.setHelperText(getTranslation("vacancyForm.occupation.help"));
        occupation.setPlaceholder(getTranslation("picker.placeholder"));
        occupation.setId("vacancy-occupation");
        occupation.setWidthFull();
        occupation.setItemLabelGenerator(uri -> taxonomy.label(uri, language));
        occupation.setItems(query -> taxonomy.searchOccupations(query.getFilter().orElse(""), language,
                        (int) Math.min(MOST, (long) query.getOffset() + query.getLimit())).stream()
                .skip(query.getOffset()).limit(query.getLimit()).map(ConceptMatch::uri));
        essential.setLabel(getTranslation("vacancyForm.essentialSkills"));
        essential.setHelperText(getTranslation("vacancyForm.essentialSkills.help"));
        essential.setId("vacancy-essential-skills");
        optional.setLabel(getTranslation("vacancyForm.optionalSkills"));
        optional.setHelperText(getTranslation("vacancyForm.optionalSkills.help"));
        optional.setId("vacancy-optional-skills");
        occupation.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            taxonomy.occupation(change.getValue()).ifPresent(chosen -> {
                if (change.isFromClient()) {
                    essential.propose(chosen.essentialSkills(), true);
                    optional.propose(chosen.optionalSkills(), false);
                    chosenName.accept(chosen.label(language));
                } else {
                    essential.offer(chosen.essentialSkills());
                    optional.offer(chosen.optionalSkills());
                }
            });
        });
        getContent().setPadding(false);
        getContent().add(occupation, essential, optional);
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import nl.werkbrug.shared.CefrLevel;

/**
 * What makes a dual trajectory: the days for learning Dutch beside the work days (never the same
 * day), help with Dutch on the job, and the Dutch level the trajectory aims for.
 */
class DualTrajectorySection extends Composite<VerticalLayout> {

    final CheckboxGroup<DayOfWeek> languageDays = new CheckboxGroup<>();
    final Checkbox languageSupport = new Checkbox();
    final Select<CefrLevel> target = new Select<>();

    DualTrajectorySection() {
        languageDays.setLabel(getTranslation("vacancyForm.languageDays"));
        languageDays.setHelperText(getTranslation("vacancyForm.languageDays.help"));
        languageDays.setItems(DayOfWeek.values());
        languageDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        languageDays.setId("vacancy-language-days");
        languageSupport.setLabel(getTranslation("vacancyForm.languageSupport"));
        languageSupport.setHelperText(getTranslation("vacancyForm.languageSupport.help"));
        languageSupport.setId("vacancy-language-support");
        target.setLabel(getTranslation("vacancyForm.dutchTarget"));
        target.setHelperText(getTranslation("vacancyForm.dutchTarget.help"));
        target.setItems(CefrLevel.values());
        target.setItemLabelGenerator(level -> level == null ? "" : getTranslation("cefr." + level.name()));
        target.setEmptySelectionAllowed(true);
        target.setId("vacancy-dutch-target");
        var intro = new Paragraph(getTranslation("vacancyForm.dual.intro"));
        intro.addClassName("muted");
        getContent().setPadding(false);
        getContent().setId("vacancy-dual");
        getContent().add(new H3(getTranslation("vacancyForm.dual")), intro, languageDays, languageSupport, target);
    }

    /** Proposes the B1 level of the integration route as the target, or the level at the start when that is higher. */
    void suggestTarget(CefrLevel start) {
        if (target.isEmpty()) {
            target.setValue(start.atLeast(CefrLevel.B1) ? start : CefrLevel.B1);
        }
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.werkbrug.employer.VacancyType;

/** The kind of work, as radio buttons with one line each on what it means for the employer and the newcomer. */
class VacancyTypeField extends RadioButtonGroup<VacancyType> {

    VacancyTypeField() {
        setLabel(getTranslation("vacancyForm.type"));
        setId("vacancy-type");
        setItems(VacancyType.values());
        setItemLabelGenerator(type -> getTranslation("vacancyType." + type.name()));
        setRenderer(new ComponentRenderer<>(type -> {
            var explanation = new Span(getTranslation("vacancyForm.type." + type.name()));
            explanation.addClassNames("muted", "vacancy-type-explanation");
            return new Div(new Div(getTranslation("vacancyType." + type.name())), explanation);
        }));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    }
}

package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.SpokenLanguages;

/** Languages besides Dutch, each with a CEFR level, shown as removable chips. */
class LanguagesField extends Composite<VerticalLayout> {

    private final Map<String, CefrLevel> value = new LinkedHashMap<>();
    private final FlexLayout chips = new FlexLayout();

    LanguagesField() {
        var language = new ComboBox<String>(getTranslation("profile.language"), SpokenLanguages.COMMON);
        language.setItemLabelGenerator(this::name);
        language.setAllowCustomValue(false);
        var level = new Select<CefrLevel>();
        level.setLabel(getTranslation("profile.level"));
        level.setItems(CefrLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("cefr." + l.name()));
        var add = new Button(getTranslation("profile.addLanguage"), VaadinIcon.PLUS.create(), click -> {
            if (language.getValue() != null && level.getValue() != null) {
                put(language.getValue(), level.getValue());
                language.clear();
                level.clear();
            }
        });
        var row = new HorizontalLayout(language, level, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        chips.addClassName("chips");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(row, chips);
    }

    void setValue(Map<String, CefrLevel> languages) {
        value.clear();
        chips.removeAll();
        languages.forEach(this::put);
    }

    /** Adds a language, or raises its level when the new one is higher. */
    void add(String code, CefrLevel level) {
        CefrLevel known = value.get(code);
        if (known == null || known.compareTo(level) < 0) {
            put(code, level);
        }
    }

    Map<String, CefrLevel> getValue() {
        return Map.copyOf(value);
    }

    private void put(String code, CefrLevel level) {
        value.put(code, level);
        chips.getChildren().filter(c -> code.equals(c.getElement().getAttribute("data-language"))).toList()
                .forEach(chips::remove);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("picker.remove", name(code)));
        var chip = new Span(new Span(name(code) + " " + level.name()), remove);
        chip.addClassName("chip");
        chip.getElement().setAttribute("data-language", code);
        remove.addClickListener(click -> {
            value.remove(code);
            chips.remove(chip);
        });
        chips.add(chip);
    }

    private String name(String code) {
        return SpokenLanguages.name(code, getLocale());
    }
}

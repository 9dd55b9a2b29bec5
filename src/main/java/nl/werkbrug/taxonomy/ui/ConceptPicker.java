package nl.werkbrug.taxonomy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.werkbrug.taxonomy.ConceptMatch;

/**
 * Chooses ESCO concepts by typing: suggestions come from the label search in the person's language
 * (else Dutch or English); chosen concepts are shown as removable chips.
 */
public class ConceptPicker extends Composite<VerticalLayout> {

    private final Map<String, String> chosen = new LinkedHashMap<>();
    private final FlexLayout chips = new FlexLayout();
    private final ComboBox<ConceptMatch> search = new ComboBox<>();

    /** {@code search} answers suggestions for a text and a maximum number. */
    public ConceptPicker(String caption, SearchFunction suggestions) {
        search.setLabel(caption);
        search.setPlaceholder(getTranslation("picker.placeholder"));
        search.setItemLabelGenerator(ConceptMatch::label);
        search.setItems(query -> suggestions.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                add(change.getValue().uri(), change.getValue().label());
                search.clear();
            }
        });
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassName("chips");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(search, chips);
    }

    /** Text and maximum number of suggestions in, concepts out. */
    @FunctionalInterface
    public interface SearchFunction {
        List<ConceptMatch> search(String text, int limit);
    }

    public void setValue(Map<String, String> labelsByUri) {
        chosen.clear();
        chips.removeAll();
        labelsByUri.forEach(this::add);
    }

    public void setValue(java.util.Collection<String> uris, Function<String, String> label) {
        chosen.clear();
        chips.removeAll();
        uris.forEach(uri -> add(uri, label.apply(uri)));
    }

    /** The chosen concept URIs, in the order they were added. */
    public List<String> getValue() {
        return List.copyOf(chosen.keySet());
    }

    public ComboBox<ConceptMatch> searchField() {
        return search;
    }

    /** Adds a concept as chosen, unless it is already. */
    public void add(String uri, String label) {
        if (chosen.putIfAbsent(uri, label) != null) {
            return;
        }
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("picker.remove", label));
        var chip = new Span(new Span(label), remove);
        chip.addClassName("chip");
        chip.getElement().setAttribute("data-uri", uri);
        remove.addClickListener(click -> {
            chosen.remove(uri);
            chips.remove(chip);
        });
        chips.add(chip);
    }
}

package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.shared.UiLanguage;

/** A match said in chips: its reasons, what it lacks, the steps that would help most, and its flags. */
final class MatchChips {

    private MatchChips() {
    }

    static Div reasons(MatchService.Match match, MatchTexts texts, UiLanguage language) {
        return chips("reasons", match.factors().stream().map(f -> chip(texts.factor(f, language), "reason")).toList());
    }

    static Div gaps(MatchService.Match match, MatchTexts texts, UiLanguage language) {
        var chips = new java.util.ArrayList<Component>();
        match.flags().forEach(f -> chips.add(chip(texts.flag(f, language), "flag")));
        match.gaps().forEach(g -> chips.add(chip(texts.gap(g, language), "gap")));
        return chips("gaps", chips);
    }

    static Div steps(MatchService.Match match, MatchTexts texts, UiLanguage language) {
        return chips("steps", match.steps().stream().map(s -> chip(texts.step(s, language), "step")).toList());
    }

    static Span chip(String text, String kind) {
        var chip = new Span(text);
        chip.addClassNames("chip", kind);
        return chip;
    }

    private static Div chips(String kind, List<? extends Component> items) {
        var div = new Div();
        div.addClassNames("chips", kind);
        items.forEach(div::add);
        return div;
    }
}

package nl.werkbrug.cv.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.werkbrug.cv.CvDocument;
import nl.werkbrug.cv.CvParseResult;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;

/**
 * The review of what a CV yielded, next to the CV's own text: every item shows the line it came
 * from (a click marks that line in the text), and only the items the person ticks and confirms are
 * handed on to the profile. Where the CV yielded few skills, the review says so and points to the
 * guided picker.
 */
public class CvReview extends Composite<Div> {

    private final TaxonomyService taxonomy;
    private final Consumer<CvParseResult> onConfirm;
    private final Runnable onGuided;
    private final VerticalLayout items = new VerticalLayout();
    private final Div text = new Div();
    private final List<Row<?>> rows = new ArrayList<>();
    private final Checkbox useContacts = new Checkbox();
    private @Nullable CvParseResult shown;

    /**
     * @param onConfirm receives the confirmed items only
     * @param onGuided opens the guided choice of skills (for a CV that yields few)
     */
    public CvReview(TaxonomyService taxonomy, Consumer<CvParseResult> onConfirm, Runnable onGuided) {
        this.taxonomy = taxonomy;
        this.onConfirm = onConfirm;
        this.onGuided = onGuided;
        getContent().addClassName("cv-review");
        getContent().setId("cv-review");
        items.setPadding(false);
        items.setSpacing(false);
        items.addClassName("cv-review-items");
        text.addClassName("cv-text");
        text.setId("cv-text");
        text.getElement().setAttribute("dir", "auto");
        useContacts.setLabel(getTranslation("cv.review.useContacts"));
        useContacts.setId("cv-use-contacts");
        getContent().setVisible(false);
        getContent().add(items, text);
    }

    /** Shows a document's draft and its text; nothing is confirmed yet. */
    public void show(CvDocument document, String cvText) {
        var result = document.result();
        if (result == null) {
            return;
        }
        shown = result;
        rows.clear();
        items.removeAll();
        text.removeAll();
        List<String> lines = cvText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var line = new Div(lines.get(i).isBlank() ? "\u00a0" : lines.get(i));
            line.setId("cv-line-" + i);
            line.getElement().setAttribute("dir", "auto");
            text.add(line);
        }
        items.add(new H3(getTranslation("cv.review.title")),
                new Paragraph(getTranslation("cv.review.language", languageName(result.language()))));
        if (result.warnings().contains("FEW_SKILLS")) {
            var guided = new Button(getTranslation("cv.review.guided"), click -> onGuided.run());
            guided.setId("cv-guided");
            var few = new Paragraph(getTranslation("cv.fewSkills"));
            few.setId("cv-few-skills");
            items.add(few, guided);
        }
        // labels in the viewer's language where ESCO has it, whatever the CV's language
        String viewer = getLocale().getLanguage();
        group("cv.review.occupations", result.occupations(), o -> taxonomy.label(o.uri(), viewer)
                + months(result, o.uri()), CvParseResult.Occupation::evidence, lines);
        group("cv.review.skills", result.skills(), s -> taxonomy.label(s.uri(), viewer),
                CvParseResult.Skill::evidence, lines);
        group("cv.review.languages", result.languages(), l -> languageName(l.code())
                + (l.cefr() == null ? "" : " " + l.cefr()), l -> l.evidence(), lines);
        group("cv.review.education", result.education(), e -> (e.level() == null ? ""
                : getTranslation("isced." + e.level())) + (e.field() == null ? "" : " · " + e.field())
                + (e.country() == null ? "" : " · " + Locale.of("", e.country()).getDisplayCountry(getLocale())),
                CvParseResult.Education::evidence, lines);
        group("cv.review.certificates", result.certificates(), c -> Certificate.of(c.code())
                        .map(known -> getTranslation("certificate." + known.name())).orElse(c.label()),
                CvParseResult.Certificate::evidence, lines);
        useContacts.setValue(false);
        if (!result.contacts().isEmpty()) {
            var contacts = new Paragraph(getTranslation("cv.review.contacts", result.contacts().size()));
            contacts.setId("cv-contacts");
            items.add(contacts, useContacts);
        }
        var all = new Button(getTranslation("cv.review.all"), click -> rows.forEach(r -> r.box.setValue(true)));
        all.setId("cv-select-all");
        var confirm = new Button(getTranslation("cv.review.confirm"), click -> confirm());
        confirm.setId("cv-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        items.add(new HorizontalLayout(all, confirm));
        getContent().setVisible(true);
    }

    /** Ticks the item with this label (for keyboard-free use in tests and for "select all"). */
    public void tick(Predicate<String> label) {
        rows.stream().filter(r -> label.test(r.box.getLabel())).forEach(r -> r.box.setValue(true));
    }

    /** Hands the ticked items on and clears the ticks. */
    public void confirm() {
        if (shown == null) {
            return;
        }
        var result = shown;
        var confirmed = result.with(chosen(result.occupations()), chosen(result.skills()),
                chosen(result.languages()), chosen(result.education()), chosen(result.certificates()),
                useContacts.getValue() ? result.contacts() : List.of());
        onConfirm.accept(confirmed);
        rows.forEach(r -> {
            if (r.box.getValue()) {
                r.box.setValue(false);
                r.box.setEnabled(false);
                r.box.getElement().setAttribute("title", getTranslation("cv.review.done"));
            }
        });
    }

    private <T> List<T> chosen(List<T> all) {
        List<T> chosen = new ArrayList<>();
        for (Row<?> row : rows) {
            if (row.box.getValue() && all.contains(row.item)) {
                @SuppressWarnings("unchecked") T item = (T) row.item;
                chosen.add(item);
            }
        }
        return chosen;
    }

    private <T> void group(String caption, List<T> found, java.util.function.Function<T, String> label,
                           java.util.function.Function<T, String> evidence, List<String> lines) {
        if (found.isEmpty()) {
            return;
        }
        items.add(new H4(getTranslation(caption)));
        for (T item : found) {
            var box = new Checkbox(label.apply(item));
            box.addClassName("cv-item");
            var quote = new Span("“" + evidence.apply(item) + "”");
            quote.addClassName("cv-evidence");
            quote.getElement().setAttribute("dir", "auto");
            int line = lineOf(lines, evidence.apply(item));
            if (line >= 0) {
                quote.addClickListener(click -> mark(line));
            }
            var row = new Div(box, quote);
            row.addClassName("cv-review-row");
            items.add(row);
            rows.add(new Row<>(item, box));
        }
    }

    private void mark(int line) {
        text.getChildren().forEach(c -> c.getElement().getClassList().remove("marked"));
        text.getChildren().skip(line).findFirst().ifPresent(c -> {
            c.getElement().getClassList().add("marked");
            c.getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
        });
    }

    private static int lineOf(List<String> lines, String evidence) {
        String needle = evidence.strip();
        if (needle.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle) || (!lines.get(i).isBlank() && needle.contains(lines.get(i).strip()))) {
                return i;
            }
        }
        return -1;
    }

    private String months(CvParseResult result, String occupationUri) {
        int months = result.experience().stream().filter(e -> occupationUri.equals(e.occupationUri()))
                .mapToInt(e -> e.months() == null ? 0 : e.months()).sum();
        return months == 0 ? "" : " (" + getTranslation("cv.review.months", months) + ")";
    }

    private String languageName(String code) {
        String name = Locale.of(code).getDisplayLanguage(getLocale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private record Row<T>(T item, Checkbox box) {
    }
}

package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The latest anonymous learning points of the jobhunters: month, what helped or blocked, tags, and the text. */
class LearningPointList extends Div {

    /** One point as the list shows it; the keys are translation keys, the text is the jobhunter's own words. */
    record Row(YearMonth month, String effectKey, List<String> tagKeys, @Nullable String text, @Nullable String kindKey,
               String outcomeKey) {
    }

    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    LearningPointList() {
        setId("monitor-learning-points");
        none.setText(getTranslation("monitor.learningPoints.none"));
        none.addClassName("muted");
        list.addClassName("learning-points");
        add(none, list);
        show(List.of());
    }

    void show(List<Row> points) {
        list.removeAll();
        none.setVisible(points.isEmpty());
        for (Row point : points) {
            var head = new Span(point.month() + " · " + getTranslation(point.effectKey()) + " · "
                    + getTranslation(point.outcomeKey())
                    + (point.kindKey() == null ? "" : " · " + getTranslation(point.kindKey())));
            head.addClassName("learning-point-head");
            var tags = new Span(String.join(", ", point.tagKeys().stream().map(this::getTranslation).toList()));
            tags.addClassName("learning-point-tags");
            var item = new ListItem(head, tags);
            if (point.text() != null) {
                item.add(new Paragraph(point.text()));
            }
            list.add(item);
        }
    }
}

package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import java.util.function.Consumer;
import nl.werkbrug.monitor.Cell;
import nl.werkbrug.monitor.Drill;
import nl.werkbrug.monitor.Label;
import nl.werkbrug.monitor.SmallNumbers;
import nl.werkbrug.monitor.StatRow;
import nl.werkbrug.monitor.StatTable;
import org.jspecify.annotations.Nullable;

/**
 * One table of the monitor as a real HTML table: a caption, a header cell per column, a row header per
 * row, and in each cell only what {@link SmallNumbers#text} shows, so a suppressed figure is "&lt;5" and
 * nothing else. A figure with a breakdown behind it is a button that opens it.
 */
class StatTableView extends NativeTable {

    StatTableView(StatTable table, String idPrefix, SmallNumbers small, @Nullable Consumer<Drill> drill) {
        setId(idPrefix + table.id());
        addClassName("stat-table");
        setCaptionText(getTranslation(table.titleKey()));
        var header = getHead().addRow();
        header.addHeaderCell().getElement().setAttribute("scope", "col");
        for (Label column : table.columns()) {
            var th = header.addHeaderCell();
            th.setText(label(column));
            th.getElement().setAttribute("scope", "col");
            th.getElement().setAttribute("data-column", column.code());
        }
        for (StatRow row : table.rows()) {
            var tr = getBody().addRow();
            tr.getElement().setAttribute("data-row", row.label().code());
            var th = tr.addHeaderCell();
            th.setText(label(row.label()));
            th.getElement().setAttribute("scope", "row");
            for (int i = 0; i < row.cells().size(); i++) {
                cell(tr.addDataCell(), row.label().code(), table.columns().get(i).code(), row.cells().get(i), small,
                        drill);
            }
        }
    }

    private void cell(NativeTableCell td, String row, String column, Cell cell, SmallNumbers small,
                      @Nullable Consumer<Drill> drill) {
        td.getElement().setAttribute("data-row", row);
        td.getElement().setAttribute("data-column", column);
        if (cell.suppressed()) {
            td.addClassName("suppressed");
        }
        String text = small.text(cell, getLocale());
        Drill behind = cell.drill();
        if (drill != null && behind != null) {
            var open = new Button(text, e -> drill.accept(behind));
            open.addClassName("drill");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setTooltipText(getTranslation("monitor.drill"));
            td.add(open);
        } else {
            td.setText(text);
        }
    }

    private String label(Label label) {
        return label.shown(this::getTranslation);
    }
}

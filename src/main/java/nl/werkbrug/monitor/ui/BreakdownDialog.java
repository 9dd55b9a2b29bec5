package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.monitor.Drill;
import nl.werkbrug.monitor.Monitor;
import nl.werkbrug.monitor.MonitorFilter;
import nl.werkbrug.monitor.StatTable;

/** The anonymous breakdown behind one figure: its tables, shown like the monitor's own. */
class BreakdownDialog extends Dialog {

    private final Monitor monitor;
    private final Div content = new Div();

    BreakdownDialog(Monitor monitor) {
        this.monitor = monitor;
        setId("monitor-breakdown");
        setModal(true);
        setDraggable(true);
        setResizable(true);
        content.addClassName("monitor-tables");
        add(content);
        var close = new Button(getTranslation("monitor.breakdown.close"), e -> close());
        close.setId("monitor-breakdown-close");
        getFooter().add(close);
    }

    void open(MonitorFilter filter, Drill drill) {
        setHeaderTitle(getTranslation("monitor.breakdown.title", getTranslation("monitor.table." + drill.table())));
        content.removeAll();
        var tables = monitor.breakdown(filter, drill);
        if (tables.isEmpty()) {
            content.add(new Paragraph(getTranslation("monitor.breakdown.none")));
        }
        for (StatTable table : tables) {
            var wrapper = new Div(new StatTableView(table, "breakdown-", monitor.smallNumbers(), null));
            wrapper.addClassName("stat-table-wrapper");
            content.add(wrapper);
        }
        open();
    }
}

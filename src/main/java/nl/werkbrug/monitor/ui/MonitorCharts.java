package nl.werkbrug.monitor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.werkbrug.monitor.Cell;
import nl.werkbrug.monitor.Label;
import nl.werkbrug.monitor.Measure;
import nl.werkbrug.monitor.StatRow;
import nl.werkbrug.monitor.StatTable;
import org.jspecify.annotations.Nullable;

/**
 * The Chart.js configurations of the monitor's charts. A suppressed figure is null, which Chart.js
 * draws as a gap: its value never reaches the browser. Shares are drawn as percentages.
 */
final class MonitorCharts {

    private static final List<String> COLOURS = List.of("#1f6fb2", "#e07b00", "#2e9d5b", "#b8336a", "#6b4fbb",
            "#8a6d00", "#00838f", "#5d6d7e");
    private static final List<String> KINDS = List.of("paidInMunicipality", "paidElsewhere", "volunteer",
            "dualTrajectory", "internship", "workExperience");

    private MonitorCharts() {
    }

    /** Builds the configuration of one chart from its table. */
    @FunctionalInterface
    interface Config {
        Map<String, Object> of(StatTable table, Function<Label, String> label, boolean rtl);
    }

    /** Participation as a bar per group, stacked by kind; the total row is left out. */
    static Map<String, Object> participation(StatTable table, Function<Label, String> label, boolean rtl) {
        List<StatRow> groups = table.rows().stream().filter(r -> !r.label().code().equals("total")).toList();
        var datasets = new ArrayList<Map<String, Object>>();
        for (int c = 0; c < table.columns().size(); c++) {
            Label column = table.columns().get(c);
            if (KINDS.contains(column.code())) {
                int index = c;
                datasets.add(dataset(label.apply(column), groups.stream().map(r -> value(r.cells().get(index))).toList(),
                        datasets.size(), null));
            }
        }
        var options = options(rtl, false);
        stacked(options);
        return config("bar", groups.stream().map(r -> label.apply(r.label())).toList(), datasets, options);
    }

    /** The funnel: tracks per stage reached, as horizontal bars. */
    static Map<String, Object> funnel(StatTable table, Function<Label, String> label, boolean rtl) {
        int reached = Math.max(0, columnIndex(table, "reached"));
        var data = table.rows().stream().map(r -> value(r.cells().get(reached))).toList();
        var options = options(rtl, true);
        options.put("indexAxis", "y");
        return config("bar", table.rows().stream().map(r -> label.apply(r.label())).toList(),
                List.of(dataset(label.apply(table.columns().get(reached)), data, 0, null)), options);
    }

    /** One line per trend column over the months; shares on a second axis in percent. */
    static Map<String, Object> trends(StatTable table, Function<Label, String> label, boolean rtl) {
        var datasets = new ArrayList<Map<String, Object>>();
        boolean shares = false;
        for (int c = 0; c < table.columns().size(); c++) {
            int index = c;
            boolean share = !table.rows().isEmpty() && table.rows().getFirst().cells().get(c).measure() == Measure.SHARE;
            shares |= share;
            datasets.add(dataset(label.apply(table.columns().get(c)),
                    table.rows().stream().map(r -> value(r.cells().get(index))).toList(), c, share ? "y1" : "y"));
        }
        var options = options(rtl, false);
        if (shares) {
            @SuppressWarnings("unchecked")
            var scales = (Map<String, Object>) options.get("scales");
            scales.put("y1", Map.of("beginAtZero", true, "max", 100, "position", rtl ? "left" : "right",
                    "grid", Map.of("drawOnChartArea", false), "title", Map.of("display", true, "text", "%")));
        }
        return config("line", table.rows().stream().map(r -> label.apply(r.label())).toList(), datasets, options);
    }

    private static @Nullable Double value(Cell cell) {
        Double value = cell.value();
        if (cell.suppressed() || value == null) {
            return null;
        }
        return cell.measure() == Measure.SHARE ? Math.round(value * 1000) / 10.0 : value;
    }

    private static Map<String, Object> dataset(String label, List<@Nullable Double> data, int colour,
                                               @Nullable String axis) {
        var dataset = new LinkedHashMap<String, Object>();
        dataset.put("label", label);
        dataset.put("data", data);
        String hex = COLOURS.get(colour % COLOURS.size());
        dataset.put("backgroundColor", hex);
        dataset.put("borderColor", hex);
        dataset.put("spanGaps", false);
        if (axis != null) {
            dataset.put("yAxisID", axis);
        }
        return dataset;
    }

    private static Map<String, Object> options(boolean rtl, boolean horizontal) {
        var options = new LinkedHashMap<String, Object>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("plugins", Map.of("legend", Map.of("rtl", rtl, "position", "bottom"),
                "tooltip", Map.of("rtl", rtl)));
        var scales = new LinkedHashMap<String, Object>();
        // right to left: the category (or value) axis runs from the right, its numbers stand on the right
        scales.put("x", new LinkedHashMap<>(Map.of("reverse", rtl, "beginAtZero", true)));
        scales.put("y", new LinkedHashMap<>(Map.of("position", rtl ? "right" : "left", "beginAtZero", true)));
        if (horizontal) {
            scales.put("y", new LinkedHashMap<>(Map.of("position", rtl ? "right" : "left")));
        }
        options.put("scales", scales);
        return options;
    }

    @SuppressWarnings("unchecked")
    private static void stacked(Map<String, Object> options) {
        var scales = (Map<String, Object>) options.get("scales");
        ((Map<String, Object>) scales.get("x")).put("stacked", true);
        ((Map<String, Object>) scales.get("y")).put("stacked", true);
    }

    private static Map<String, Object> config(String type, List<String> labels, List<Map<String, Object>> datasets,
                                              Map<String, Object> options) {
        return Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    private static int columnIndex(StatTable table, String code) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}

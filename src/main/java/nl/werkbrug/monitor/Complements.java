package nl.werkbrug.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Secondary suppression. Where figures add up to a total that is shown, the hidden ones among them
 * can be worked out: 30 in all and 26 in one group says the other groups hold 4 between them; if
 * only one group is hidden, that group has 4, and if the shown groups hold all 30, every hidden group
 * has nobody. So a shown total may have no hidden part, or at least two that hold at least the
 * threshold together (worked out as the total minus the shown parts). Where it has not, the smallest
 * shown part is hidden as well, marked as a complement ("×"), with the figures computed from it (a
 * share), and this is repeated until every total is safe. A complement has no breakdown either: its
 * parts would add up to it.
 *
 * <p>Not covered: sums across tables (the tracks that stopped at each stage and those per reason
 * count the same tracks), bounds (a person counted in several kinds of participation), and what
 * solving a cross table's rows and columns together could narrow down.
 */
final class Complements {

    private Complements() {
    }

    /** A cell of a table by the codes of its row and column. */
    record Ref(String row, String column) {
    }

    /**
     * Figures that add up: the parts, and the whole as shown in the same table, or null when the
     * whole is shown elsewhere (the figure a breakdown breaks down).
     */
    record Sum(@Nullable Ref whole, List<Ref> parts) {
        Sum {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The table with complements added for {@code sums}: {@code whole} is the figure a sum without a
     * whole of its own adds up to; {@code derived} names the figures computed from a cell.
     */
    static StatTable protect(StatTable table, List<Sum> sums, Map<Ref, List<Ref>> derived, int threshold,
                             @Nullable Double whole) {
        Map<Ref, Cell> cells = new HashMap<>();
        for (StatRow row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                cells.put(new Ref(row.label().code(), table.columns().get(c).code()), row.cells().get(c));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                Double total = sum.whole() == null ? whole : cells.containsKey(sum.whole())
                        ? cells.get(sum.whole()).value() : null;
                if (total == null) {
                    continue;
                }
                List<Ref> parts = sum.parts().stream().filter(cells::containsKey).toList();
                double shown = parts.stream().map(cells::get).filter(c -> c.value() != null)
                        .mapToDouble(Cell::value).sum();
                long hidden = parts.stream().filter(p -> cells.get(p).suppressed()).count();
                if (hidden == 0 || hidden > 1 && total - shown >= threshold) {
                    continue;
                }
                var next = parts.stream().filter(p -> cells.get(p).value() != null)
                        .min(Comparator.comparingDouble((Ref p) -> cells.get(p).value()));
                if (next.isPresent()) {
                    hide(cells, next.get());
                    for (Ref figure : derived.getOrDefault(next.get(), List.of())) {
                        if (cells.containsKey(figure) && cells.get(figure).value() != null) {
                            hide(cells, figure);
                        }
                    }
                    changed = true;
                }
            }
        }
        List<StatRow> rows = new ArrayList<>();
        for (StatRow row : table.rows()) {
            rows.add(new StatRow(row.label(), table.columns().stream()
                    .map(column -> cells.get(new Ref(row.label().code(), column.code()))).toList()));
        }
        return new StatTable(table.id(), table.columns(), rows);
    }

    private static void hide(Map<Ref, Cell> cells, Ref ref) {
        cells.put(ref, cells.get(ref).complement());
    }
}

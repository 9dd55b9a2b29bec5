package nl.werkbrug.monitor;

import java.util.List;

/** One row of a table: its label and one cell per column. */
public record StatRow(Label label, List<Cell> cells) {

    public StatRow {
        cells = List.copyOf(cells);
    }
}

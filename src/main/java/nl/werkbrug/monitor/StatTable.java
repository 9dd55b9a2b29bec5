package nl.werkbrug.monitor;

import java.util.List;

/**
 * One table of the monitor. Its title is the translation key {@code "monitor.table." + id}; the
 * id is also the name of its sheet, its CSV section and its API path.
 */
public record StatTable(String id, List<Label> columns, List<StatRow> rows) {

    public StatTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (StatRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.label().code() + " of " + id + " has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public String titleKey() {
        return "monitor.table." + id;
    }

    public Cell cell(String rowKey, String columnKey) {
        int column = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(columnKey)) {
                column = i;
            }
        }
        if (column < 0) {
            throw new IllegalArgumentException("no column " + columnKey + " in " + id);
        }
        for (StatRow row : rows) {
            if (row.label().code().equals(rowKey)) {
                return row.cells().get(column);
            }
        }
        throw new IllegalArgumentException("no row " + rowKey + " in " + id);
    }
}

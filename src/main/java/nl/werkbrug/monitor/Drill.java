package nl.werkbrug.monitor;

/**
 * Points at one cell of one table, so that {@link Monitor#breakdown} can show the anonymous
 * breakdown behind the number: by location, by month and by Dutch level.
 */
public record Drill(String table, String row, String column) {
}

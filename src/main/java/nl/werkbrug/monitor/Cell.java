package nl.werkbrug.monitor;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a table. A suppressed figure carries no value at all, so no screen, export or API
 * can show what the small-numbers rule hides; it is shown as "&lt;threshold".
 *
 * @param value a count, a share from 0 to 1, or weeks; null when suppressed or when there is no base
 * @param suppressed true when the figure rests on fewer people than the threshold
 * @param drill the breakdown behind the figure, when there is one
 */
public record Cell(Measure measure, @Nullable Double value, boolean suppressed, @Nullable Drill drill) {

    public Cell {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a suppressed cell has no value");
        }
    }

    public static Cell suppressed(Measure measure, @Nullable Drill drill) {
        return new Cell(measure, null, true, drill);
    }

    /** No value and nothing hidden: a share of an empty base, a median of nobody. */
    public static Cell empty(Measure measure) {
        return new Cell(measure, null, false, null);
    }

    public boolean empty() {
        return value == null && !suppressed;
    }
}

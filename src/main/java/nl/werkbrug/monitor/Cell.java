package nl.werkbrug.monitor;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a table. A suppressed figure carries no value at all, so no screen, export or API
 * can show what the small-numbers rule hides; it is shown as "&lt;threshold", or as "×" when it is
 * hidden only so that a small figure next to it cannot be worked out from a total.
 *
 * @param value a count, a share from 0 to 1, or weeks; null when suppressed or when there is no base
 * @param suppressed true when the figure rests on fewer people than the threshold, or protects one that does
 * @param drill the breakdown behind the figure, when there is one
 * @param complementary true when the figure is suppressed only to protect another one (secondary suppression)
 */
public record Cell(Measure measure, @Nullable Double value, boolean suppressed, @Nullable Drill drill,
                   boolean complementary) {

    public Cell {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a suppressed cell has no value");
        }
        if (complementary && !suppressed) {
            throw new IllegalArgumentException("a complementary cell is suppressed");
        }
    }

    public Cell(Measure measure, @Nullable Double value, boolean suppressed, @Nullable Drill drill) {
        this(measure, value, suppressed, drill, false);
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

    /**
     * The same figure, hidden so that a suppressed one cannot be worked out from a total; without its
     * breakdown, whose parts would add up to it.
     */
    Cell complement() {
        return new Cell(measure, null, true, null, true);
    }
}

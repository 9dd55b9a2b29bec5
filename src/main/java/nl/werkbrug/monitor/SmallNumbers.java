package nl.werkbrug.monitor;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The small-numbers rule: a figure resting on fewer people than the threshold is suppressed and
 * shown as "&lt;threshold", so that no person can be recognised. Zero is a small number too: "nobody
 * in this group" tells as much about a group as "one". A share is suppressed when its count or its
 * base is small; a median when it rests on few people. With {@code complements} (the default) a
 * hidden figure can not be worked out from a total either (see {@code Complements}); without them
 * every figure is what it counts, which only tests of the counting itself want.
 */
public record SmallNumbers(int threshold, boolean complements) {

    public static final SmallNumbers DEFAULT = new SmallNumbers(5);

    public SmallNumbers {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold must be at least 1");
        }
    }

    /** The rule with complements: a hidden figure is also protected from being worked out from a total. */
    public SmallNumbers(int threshold) {
        this(threshold, true);
    }

    /** How a figure hidden to protect another one is shown. */
    public static final String COMPLEMENT = "×";

    public String hidden() {
        return "<" + threshold;
    }

    /** How a suppressed cell is shown: "&lt;threshold", or "×" when it only protects another figure. */
    public String hidden(Cell cell) {
        return cell.complementary() ? COMPLEMENT : hidden();
    }

    /** A count, suppressed below the threshold. */
    public Cell count(long count, @Nullable Drill drill) {
        return count < threshold ? Cell.suppressed(Measure.COUNT, drill)
                : new Cell(Measure.COUNT, (double) count, false, drill);
    }

    /** A share of {@code base}, suppressed when count or base is below the threshold; empty for an empty base. */
    public Cell share(long count, long base, @Nullable Drill drill) {
        if (base == 0) {
            return Cell.empty(Measure.SHARE);
        }
        return count < threshold || base < threshold ? Cell.suppressed(Measure.SHARE, drill)
                : new Cell(Measure.SHARE, (double) count / base, false, drill);
    }

    /** A number of weeks (a median, say) resting on {@code people}; empty when it rests on nobody. */
    public Cell weeks(@Nullable Double weeks, long people, @Nullable Drill drill) {
        if (weeks == null || people == 0) {
            return Cell.empty(Measure.WEEKS);
        }
        return people < threshold ? Cell.suppressed(Measure.WEEKS, drill)
                : new Cell(Measure.WEEKS, weeks, false, drill);
    }

    /** The cell as text in {@code locale}: "12", "37%", "11.5", "&lt;5", or "–" when there is nothing. */
    public String text(Cell cell, Locale locale) {
        if (cell.suppressed()) {
            return hidden(cell);
        }
        Double value = cell.value();
        if (value == null) {
            return "–";
        }
        return switch (cell.measure()) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case SHARE -> NumberFormat.getPercentInstance(locale).format(value);
            case WEEKS -> {
                var format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(1);
                yield format.format(value);
            }
        };
    }
}

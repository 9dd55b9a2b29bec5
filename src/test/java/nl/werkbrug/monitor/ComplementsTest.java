package nl.werkbrug.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secondary suppression on small tables whose answers are worked out by hand. */
class ComplementsTest {

    private final SmallNumbers rule = new SmallNumbers(5);

    @Test
    void a_single_hidden_part_of_a_shown_total_is_protected_by_the_smallest_shown_part() {
        // 12 + 9 + 3 = 24: with 3 hidden, 24 − 12 − 9 would give it away
        var table = protect(column(12, 9, 3));
        assertThat(shown(table)).containsExactly("12", "×", "<5", "24");
    }

    @Test
    void hidden_parts_that_hold_enough_people_together_need_no_complement() {
        // 4 + 3 = 7 hidden, at least the threshold: nothing can be pinned down
        var table = protect(column(12, 9, 4, 3));
        assertThat(shown(table)).containsExactly("12", "9", "<5", "<5", "28");
    }

    @Test
    void hidden_zeros_are_protected_too_so_the_total_does_not_say_that_nobody_is_there() {
        // 26 + 0 + 0: the hidden parts hold nobody, which 26 of 26 would say
        var table = protect(column(26, 0, 0));
        assertThat(shown(table)).containsExactly("×", "<5", "<5", "26");
    }

    @Test
    void a_complement_takes_the_share_computed_from_it_and_its_breakdown_with_it() {
        var drill = new Drill("t", "b", "n");
        var rows = List.of(
                new StatRow(Label.literal("a", "a"), List.of(rule.count(12, null), rule.share(12, 20, null))),
                new StatRow(Label.literal("b", "b"), List.of(rule.count(9, drill), rule.share(9, 20, null))),
                new StatRow(Label.literal("c", "c"), List.of(rule.count(2, null), rule.share(2, 20, null))),
                new StatRow(Label.literal("total", "total"), List.of(rule.count(23, null), rule.share(23, 60, null))));
        var table = new StatTable("t", List.of(Label.literal("n", "n"), Label.literal("share", "share")), rows);
        var sums = List.of(new Complements.Sum(new Complements.Ref("total", "n"),
                List.of(ref("a"), ref("b"), ref("c"))));
        var protectedTable = Complements.protect(table, sums,
                Map.of(ref("b"), List.of(new Complements.Ref("b", "share"))), 5, null);
        assertThat(protectedTable.cell("b", "n").complementary()).isTrue();
        assertThat(protectedTable.cell("b", "n").drill()).isNull();
        assertThat(protectedTable.cell("b", "share").complementary()).isTrue();
        assertThat(protectedTable.cell("a", "share").value()).isEqualTo(0.6);
    }

    @Test
    void a_hidden_total_protects_its_parts_itself_and_a_sum_known_elsewhere_counts_as_shown() {
        assertThat(shown(protect(column(3, 1)))).containsExactly("<5", "<5", "<5");
        // a breakdown: its rows add up to the figure broken down, 15, which is shown where it was clicked
        var rows = List.of(new StatRow(Label.literal("x", "x"), List.of(rule.count(13, null))),
                new StatRow(Label.literal("y", "y"), List.of(rule.count(2, null))));
        var table = Complements.protect(new StatTable("b", List.of(Label.literal("n", "n")), rows),
                List.of(new Complements.Sum(null, List.of(ref("x"), ref("y")))), Map.of(), 5, 15.0);
        assertThat(shown(table)).containsExactly("×", "<5");
    }

    @Test
    void both_ways_of_a_cross_table_are_protected_until_no_total_gives_a_part_away() {
        // rows r1, r2 and a total; columns k1, k2 and a total
        int[][] counts = {{20, 3, 23}, {10, 9, 19}, {30, 12, 42}};
        List<String> names = List.of("r1", "r2", "total");
        List<String> columns = List.of("k1", "k2", "total");
        List<StatRow> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                cells.add(rule.count(counts[r][c], null));
            }
            rows.add(new StatRow(Label.literal(names.get(r), names.get(r)), cells));
        }
        var table = new StatTable("v", columns.stream().map(c -> Label.literal(c, c)).toList(), rows);
        List<Complements.Sum> sums = new ArrayList<>();
        for (String row : names) {
            sums.add(new Complements.Sum(new Complements.Ref(row, "total"),
                    List.of(new Complements.Ref(row, "k1"), new Complements.Ref(row, "k2"))));
        }
        for (String column : columns) {
            sums.add(new Complements.Sum(new Complements.Ref("total", column),
                    List.of(new Complements.Ref("r1", column), new Complements.Ref("r2", column))));
        }
        var result = Complements.protect(table, sums, Map.of(), 5, null);
        // r1/k2 (3) is hidden; its row takes r1/k1 (20) with it, its column r2/k2 (9), and then row r2
        // would give 9 away, so r2/k1 (10) goes too: the four inner cells hidden, every total shown
        assertThat(result.cell("r1", "k2").complementary()).isFalse();
        assertThat(result.cell("r1", "k2").suppressed()).isTrue();
        for (var cell : List.of(result.cell("r1", "k1"), result.cell("r2", "k1"), result.cell("r2", "k2"))) {
            assertThat(cell.complementary()).isTrue();
        }
        for (String total : List.of("r1", "r2")) {
            assertThat(result.cell(total, "total").value()).isNotNull();
        }
        assertThat(result.cell("total", "k1").value()).isEqualTo(30.0);
    }

    private StatTable protect(StatTable table) {
        List<Complements.Ref> parts = table.rows().stream().map(r -> r.label().code())
                .filter(code -> !code.equals("total")).map(ComplementsTest::ref).toList();
        return Complements.protect(table, List.of(new Complements.Sum(ref("total"), parts)), Map.of(), 5, null);
    }

    /** One column "n" of parts p0, p1, … and a total row. */
    private StatTable column(int... parts) {
        List<StatRow> rows = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < parts.length; i++) {
            rows.add(new StatRow(Label.literal("p" + i, "p" + i), List.of(rule.count(parts[i], null))));
            sum += parts[i];
        }
        rows.add(new StatRow(Label.literal("total", "total"), List.of(rule.count(sum, null))));
        return new StatTable("t", List.of(Label.literal("n", "n")), rows);
    }

    private static Complements.Ref ref(String row) {
        return new Complements.Ref(row, "n");
    }

    private List<String> shown(StatTable table) {
        return table.rows().stream().map(r -> rule.text(r.cells().getFirst(), java.util.Locale.ROOT)).toList();
    }
}

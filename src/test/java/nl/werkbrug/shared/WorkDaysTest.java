package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkDaysTest {

    @Test
    void stores_days_in_week_order_and_reads_them_back() {
        var days = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
        assertThat(WorkDays.format(days)).isEqualTo("MONDAY,FRIDAY");
        assertThat(WorkDays.parse("MONDAY,FRIDAY")).isEqualTo(days);
        assertThat(WorkDays.parse("")).isEmpty();
    }

    @Test
    void compares_language_levels() {
        assertThat(CefrLevel.B1.atLeast(CefrLevel.A2)).isTrue();
        assertThat(CefrLevel.A0.atLeast(CefrLevel.A1)).isFalse();
    }
}

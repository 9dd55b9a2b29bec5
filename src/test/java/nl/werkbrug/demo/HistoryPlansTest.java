package nl.werkbrug.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryPlansTest {

    @Test
    void every_track_moves_forward_in_time_and_stage() {
        for (var person : HistoryPlans.all()) {
            for (var track : person.tracks()) {
                var steps = track.steps();
                for (int i = 1; i < steps.size(); i++) {
                    assertThat(steps.get(i).day()).as(person.given() + " " + track).isGreaterThan(steps.get(i - 1).day());
                    assertThat(steps.get(i).stage().ordinal()).isGreaterThan(steps.get(i - 1).stage().ordinal());
                }
                assertThat(steps.getFirst().day()).as("not before the intake").isNotNegative();
            }
        }
    }

    @Test
    void the_same_people_come_out_every_time_and_stay_a_few_hundred() {
        assertThat(HistoryPlans.all()).isEqualTo(HistoryPlans.all());
        assertThat(HistoryPlans.all()).hasSizeBetween(100, 300);
        assertThat(HistoryPlans.all()).allMatch(p -> p.daysAgo() <= 460, "intakes within fifteen months");
    }
}

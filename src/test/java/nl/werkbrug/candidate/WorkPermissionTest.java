package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.werkbrug.candidate.WorkPermission.Kind;
import nl.werkbrug.candidate.WorkPermission.Verdict;
import org.junit.jupiter.api.Test;

/** The dated right-to-work rules, on their boundaries. */
class WorkPermissionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void status_holders_may_do_any_work() {
        for (var group : new NewcomerGroup[] {NewcomerGroup.STATUS_HOLDER_WI2021, NewcomerGroup.STATUS_HOLDER_WI2013}) {
            assertThat(WorkPermission.assess(group, RightToWork.free(), Kind.PAID, TODAY).verdict())
                    .isEqualTo(Verdict.ALLOWED);
        }
    }

    @Test
    void an_asylum_seeker_may_not_do_paid_work_before_six_months_in_the_procedure() {
        var rights = asylum(TODAY.minusMonths(6).plusDays(1), PermitStatus.NEEDED, false);
        var early = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, rights, Kind.PAID, TODAY);
        assertThat(early.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(early.from()).isEqualTo(TODAY.plusDays(1));
        assertThat(early.proposable()).isFalse();

        var onTheDay = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, rights, Kind.PAID, TODAY.plusDays(1));
        assertThat(onTheDay.verdict()).isEqualTo(Verdict.PERMIT_NEEDED);
        assertThat(onTheDay.proposable()).isTrue();
    }

    @Test
    void an_asylum_seeker_with_a_granted_permit_may_work() {
        var rights = asylum(TODAY.minusMonths(8), PermitStatus.GRANTED, false);
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, rights, Kind.PAID, TODAY).verdict())
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void volunteer_work_needs_the_volunteer_declaration() {
        var without = asylum(TODAY.minusMonths(1), PermitStatus.NOT_NEEDED, false);
        var with = asylum(TODAY.minusMonths(1), PermitStatus.NOT_NEEDED, true);
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, without, Kind.VOLUNTEER, TODAY).verdict())
                .isEqualTo(Verdict.DECLARATION_NEEDED);
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, with, Kind.VOLUNTEER, TODAY).verdict())
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void a_ukrainian_may_work_once_the_employer_has_notified_uwv() {
        var notYet = WorkPermission.assess(NewcomerGroup.UKRAINIAN, RightToWork.free(), Kind.PAID, TODAY);
        assertThat(notYet.verdict()).isEqualTo(Verdict.ALLOWED_AFTER_NOTIFICATION);
        assertThat(notYet.proposable()).isTrue();
        var notified = new RightToWork(null, PermitStatus.NOT_NEEDED, null, TODAY.minusDays(3), false);
        assertThat(WorkPermission.assess(NewcomerGroup.UKRAINIAN, notified, Kind.PAID, TODAY).verdict())
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void an_unknown_status_or_procedure_start_is_checked_not_guessed() {
        assertThat(WorkPermission.assess(NewcomerGroup.OTHER, RightToWork.free(), Kind.PAID, TODAY).verdict())
                .isEqualTo(Verdict.CHECK_STATUS);
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, asylum(null, PermitStatus.NEEDED, false),
                Kind.PAID, TODAY).verdict()).isEqualTo(Verdict.CHECK_STATUS);
    }

    private static RightToWork asylum(LocalDate start, PermitStatus permit, boolean declaration) {
        return new RightToWork(start, permit, null, null, declaration);
    }

    @Test
    void the_verdicts_as_periods_change_only_on_the_dates_the_rules_name() {
        var rights = asylum(TODAY.minusMonths(2), PermitStatus.NEEDED, false);
        var periods = WorkPermission.periods(NewcomerGroup.ASYLUM_SEEKER, rights, Kind.PAID, TODAY);
        assertThat(periods).containsExactly(
                new WorkPermission.Period(Verdict.NOT_YET, TODAY, TODAY.minusMonths(2).plusMonths(6)),
                new WorkPermission.Period(Verdict.PERMIT_NEEDED, TODAY.minusMonths(2).plusMonths(6), null));

        var ukrainian = new RightToWork(null, PermitStatus.NOT_NEEDED, null, TODAY.plusDays(10), false);
        assertThat(WorkPermission.periods(NewcomerGroup.UKRAINIAN, ukrainian, Kind.PAID, TODAY)).containsExactly(
                new WorkPermission.Period(Verdict.ALLOWED_AFTER_NOTIFICATION, TODAY, TODAY.plusDays(10)),
                new WorkPermission.Period(Verdict.ALLOWED, TODAY.plusDays(10), null));
        assertThat(WorkPermission.periods(NewcomerGroup.STATUS_HOLDER_WI2021, RightToWork.free(), Kind.PAID, TODAY))
                .containsExactly(new WorkPermission.Period(Verdict.ALLOWED, TODAY, null));
        // on every day, the period says what the rules say
        for (int day = 0; day < 400; day += 7) {
            var date = TODAY.plusDays(day);
            var period = periods.stream().filter(p -> !p.from().isAfter(date)
                    && (p.until() == null || p.until().isAfter(date))).findFirst().orElseThrow();
            assertThat(period.verdict()).isEqualTo(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, rights,
                    Kind.PAID, date).verdict());
        }
    }

    private static RightToWork asylum(LocalDate start, AsylumTrack track) {
        return new RightToWork(start, PermitStatus.NEEDED, null, null, false, track);
    }

    @Test
    void since_12_june_2026_a_person_likely_to_be_granted_protection_waits_three_months() {
        var start = LocalDate.of(2026, 8, 1);
        var likely = asylum(start, AsylumTrack.LIKELY_GRANTED);
        var early = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, likely, Kind.PAID, LocalDate.of(2026, 10, 31));
        assertThat(early.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(early.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(early.reasons()).containsExactly("permission.reason.tooEarlyLikelyGranted");
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, likely, Kind.PAID, LocalDate.of(2026, 11, 1))
                .verdict()).isEqualTo(Verdict.PERMIT_NEEDED);
        // the general track, and a track not recorded, still wait six months
        for (var track : new AsylumTrack[] {AsylumTrack.GENERAL, AsylumTrack.UNKNOWN}) {
            var general = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, asylum(start, track), Kind.PAID,
                    LocalDate.of(2026, 11, 1));
            assertThat(general.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(general.from()).isEqualTo(LocalDate.of(2027, 2, 1));
        }
    }

    @Test
    void the_shorter_wait_does_not_reach_back_before_the_rule_took_effect() {
        // three months after 1 February is 1 May, but the rule holds only from 12 June 2026
        var likely = asylum(LocalDate.of(2026, 2, 1), AsylumTrack.LIKELY_GRANTED);
        var may = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, likely, Kind.PAID, LocalDate.of(2026, 5, 15));
        assertThat(may.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(may.from()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, likely, Kind.PAID, LocalDate.of(2026, 6, 12))
                .verdict()).isEqualTo(Verdict.PERMIT_NEEDED);
    }

    @Test
    void since_12_june_2026_a_person_from_a_safe_country_gets_no_permit_but_may_volunteer() {
        var safe = new RightToWork(LocalDate.of(2025, 1, 1), PermitStatus.NEEDED, null, null, true,
                AsylumTrack.SAFE_COUNTRY);
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, safe, Kind.PAID, LocalDate.of(2026, 6, 11))
                .verdict()).isEqualTo(Verdict.PERMIT_NEEDED);
        var after = WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, safe, Kind.PAID, LocalDate.of(2026, 6, 12));
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
        assertThat(after.proposable()).isFalse();
        assertThat(after.reasons()).containsExactly("permission.reason.safeCountry");
        assertThat(WorkPermission.assess(NewcomerGroup.ASYLUM_SEEKER, safe, Kind.VOLUNTEER, LocalDate.of(2026, 6, 12))
                .verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(WorkPermission.periods(NewcomerGroup.ASYLUM_SEEKER, safe, Kind.PAID, LocalDate.of(2026, 6, 1)))
                .containsExactly(
                        new WorkPermission.Period(Verdict.PERMIT_NEEDED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12)),
                        new WorkPermission.Period(Verdict.NOT_ALLOWED, LocalDate.of(2026, 6, 12), null));
    }

    @Test
    void other_dated_rules_can_be_configured_and_periods_follow_them() {
        var rules = new WorkRules(java.util.List.of(
                new WorkRules.AsylumRule(LocalDate.of(2000, 1, 1), 6, null, true),
                new WorkRules.AsylumRule(LocalDate.of(2027, 1, 1), 4, null, true)));
        var rights = asylum(LocalDate.of(2026, 10, 1), AsylumTrack.GENERAL);
        // under the configured rules, four months from 1 January 2027 on: allowed on 1 February 2027
        var periods = WorkPermission.periods(rules, NewcomerGroup.ASYLUM_SEEKER, rights, Kind.PAID, TODAY);
        assertThat(periods).containsExactly(
                new WorkPermission.Period(Verdict.NOT_YET, TODAY, LocalDate.of(2027, 2, 1)),
                new WorkPermission.Period(Verdict.PERMIT_NEEDED, LocalDate.of(2027, 2, 1), null));
        for (var track : AsylumTrack.values()) {
            var each = asylum(LocalDate.of(2026, 3, 1), track);
            var spans = WorkPermission.periods(NewcomerGroup.ASYLUM_SEEKER, each, Kind.PAID, LocalDate.of(2026, 1, 1));
            for (int day = 0; day < 500; day += 3) {
                var date = LocalDate.of(2026, 1, 1).plusDays(day);
                var period = spans.stream().filter(p -> !p.from().isAfter(date)
                        && (p.until() == null || p.until().isAfter(date))).findFirst().orElseThrow();
                assertThat(period.verdict()).as(track + " " + date).isEqualTo(WorkPermission.assess(
                        NewcomerGroup.ASYLUM_SEEKER, each, Kind.PAID, date).verdict());
            }
        }
    }
}

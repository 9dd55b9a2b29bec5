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
}

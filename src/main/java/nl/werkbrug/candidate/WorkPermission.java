package nl.werkbrug.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Whether a newcomer may do a kind of work on a date, by the dated Dutch rules: status holders work
 * freely; displaced Ukrainians work freely once the employer has notified UWV (at least two working
 * days before the start); asylum seekers do paid work only with a work permit (TWV) that the employer
 * applies for, and only after six months in the asylum procedure, and volunteer work only with a
 * volunteer declaration. The answer says when more becomes possible and why, as message keys
 * ({@code permission.reason.*}) so it can be explained in the person's language.
 *
 * <p>How long an asylum seeker waits, and whether their procedure track may get a permit at all,
 * follows the dated {@link WorkRules}: since 12 June 2026 three months for people likely to be
 * granted protection and no permit for people from a safe country of origin. A person whose track is
 * not recorded waits as in the general procedure.
 */
public final class WorkPermission {

    /** What the rules allow. */
    public enum Verdict {
        /** Free to do this work. */
        ALLOWED,
        /** Allowed once the employer has notified UWV, at least two working days before the start. */
        ALLOWED_AFTER_NOTIFICATION,
        /** Allowed with a work permit (TWV) that the employer applies for. */
        PERMIT_NEEDED,
        /** Allowed once the person has a volunteer declaration. */
        DECLARATION_NEEDED,
        /** Not before {@code from}. */
        NOT_YET,
        /** Not possible under the rules of the day (no permit for this procedure track). */
        NOT_ALLOWED,
        /** The residence status is not known well enough: a jobhunter must check it. */
        CHECK_STATUS
    }

    /** The kind of work the rules distinguish. */
    public enum Kind { PAID, VOLUNTEER }

    /** The verdict, the date from which it holds (for NOT_YET: when it ends) and the reasons. */
    public record Assessment(Verdict verdict, @Nullable LocalDate from, List<String> reasons) {

        /** Whether the person may be proposed for this work at all (possibly with a permit or notice). */
        public boolean proposable() {
            return verdict != Verdict.NOT_YET && verdict != Verdict.NOT_ALLOWED && verdict != Verdict.CHECK_STATUS;
        }
    }

    /** A verdict that holds from {@code from} up to (not including) {@code until}; no end when null. */
    public record Period(Verdict verdict, LocalDate from, @Nullable LocalDate until) {
    }

    private WorkPermission() {
    }

    /**
     * The verdicts from a date on, as consecutive periods: the rules change a person's verdict only on
     * the dates they name (the end of the waiting time in the procedure, the UWV notification), so the
     * verdict is the same between those dates. The last period has no end. Search indexes these
     * periods, so that "may do this work on this start date" is a filter like any other.
     */
    public static List<Period> periods(NewcomerGroup group, RightToWork rights, Kind kind, LocalDate from) {
        return periods(WorkRules.DUTCH, group, rights, kind, from);
    }

    /** {@link #periods(NewcomerGroup, RightToWork, Kind, LocalDate)} by the given rules. */
    public static List<Period> periods(WorkRules rules, NewcomerGroup group, RightToWork rights, Kind kind,
                                       LocalDate from) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(from);
        List<LocalDate> dates = new ArrayList<>();
        dates.add(rights.uwvNotifiedOn());
        dates.add(rights.permitStatusDate());
        if (rights.asylumProcedureStart() != null) {
            dates.addAll(rules.changeDays(rights.asylumProcedureStart()));
        }
        for (LocalDate date : dates) {
            if (date != null && date.isAfter(from)) {
                changes.add(date);
            }
        }
        List<Period> periods = new ArrayList<>();
        Verdict current = null;
        LocalDate since = from;
        for (LocalDate date : changes) {
            Verdict verdict = assess(rules, group, rights, kind, date).verdict();
            if (current != null && verdict != current) {
                periods.add(new Period(current, since, date));
                since = date;
            }
            current = verdict;
        }
        periods.add(new Period(current, since, null));
        return periods;
    }

    public static Assessment assess(NewcomerGroup group, RightToWork rights, Kind kind, LocalDate on) {
        return assess(WorkRules.DUTCH, group, rights, kind, on);
    }

    /** What the given rules allow a person on a day, with the reasons. */
    public static Assessment assess(WorkRules rules, NewcomerGroup group, RightToWork rights, Kind kind,
                                    LocalDate on) {
        return switch (group) {
            case STATUS_HOLDER_WI2021, STATUS_HOLDER_WI2013 ->
                    new Assessment(Verdict.ALLOWED, null, List.of("permission.reason.statusHolder"));
            case UKRAINIAN -> kind == Kind.VOLUNTEER
                    ? new Assessment(Verdict.ALLOWED, null, List.of("permission.reason.ukrainianVolunteer"))
                    : rights.uwvNotifiedOn() != null && !rights.uwvNotifiedOn().isAfter(on)
                    ? new Assessment(Verdict.ALLOWED, rights.uwvNotifiedOn(), List.of("permission.reason.uwvNotified"))
                    : new Assessment(Verdict.ALLOWED_AFTER_NOTIFICATION, null,
                    List.of("permission.reason.uwvNotification"));
            case ASYLUM_SEEKER -> asylumSeeker(rules, rights, kind, on);
            case OTHER -> new Assessment(Verdict.CHECK_STATUS, null, List.of("permission.reason.unknownStatus"));
        };
    }

    private static Assessment asylumSeeker(WorkRules rules, RightToWork rights, Kind kind, LocalDate on) {
        if (kind == Kind.VOLUNTEER) {
            return rights.volunteerDeclaration()
                    ? new Assessment(Verdict.ALLOWED, null, List.of("permission.reason.declaration"))
                    : new Assessment(Verdict.DECLARATION_NEEDED, null, List.of("permission.reason.noDeclaration"));
        }
        if (rights.permitStatus() == PermitStatus.GRANTED) {
            return new Assessment(Verdict.ALLOWED, rights.permitStatusDate(), List.of("permission.reason.permitGranted"));
        }
        LocalDate start = rights.asylumProcedureStart();
        if (start == null) {
            return new Assessment(Verdict.CHECK_STATUS, null, List.of("permission.reason.procedureStartUnknown"));
        }
        AsylumTrack track = rights.asylumTrack();
        if (!rules.permitPossible(start, track, on)) {
            LocalDate next = rules.nextPermitDay(start, track, on);
            if (next == null) {
                return new Assessment(Verdict.NOT_ALLOWED, null, List.of("permission.reason.safeCountry"));
            }
            return new Assessment(Verdict.NOT_YET, next, List.of(track == AsylumTrack.LIKELY_GRANTED
                    && rules.on(next).monthsIfLikelyGranted() != null
                    ? "permission.reason.tooEarlyLikelyGranted" : "permission.reason.tooEarly"));
        }
        String reason = switch (rights.permitStatus()) {
            case APPLIED -> "permission.reason.permitApplied";
            case REFUSED -> "permission.reason.permitRefused";
            default -> "permission.reason.permitNeeded";
        };
        LocalDate since = rules.nextPermitDay(start, track, start);
        return new Assessment(Verdict.PERMIT_NEEDED, since, List.of(reason));
    }
}

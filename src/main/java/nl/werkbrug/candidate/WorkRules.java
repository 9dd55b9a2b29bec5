package nl.werkbrug.candidate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The dated rules on paid work for asylum seekers: from each date on, how many months in the asylum
 * procedure come before an employer may apply for a work permit (TWV), per procedure track, and
 * whether a track may get a permit at all. The rules change by law on fixed dates; a new rule is a
 * new entry, never an edit of an old one, so that past and future dates are judged by the rule of
 * their day. Configured under {@code werkbrug.work-rules}; {@link #DUTCH} holds the rules in force.
 *
 * @param asylumSeekers the rules, each in force from its date until the next one's
 */
public record WorkRules(List<AsylumRule> asylumSeekers) {

    /**
     * One rule, in force from {@code from}.
     *
     * @param from                      the first day it applies
     * @param monthsBeforePermit        months in the procedure before a permit may be applied for
     * @param monthsIfLikelyGranted     the same for people likely to be granted protection; null: as all
     * @param safeCountryMayGetPermit   whether people handled as from a safe country may get a permit
     */
    public record AsylumRule(LocalDate from, int monthsBeforePermit, @Nullable Integer monthsIfLikelyGranted,
                             boolean safeCountryMayGetPermit) {

        /** The months of waiting for a track; null when the track may not get a permit under this rule. */
        @Nullable Integer months(AsylumTrack track) {
            return switch (track) {
                case LIKELY_GRANTED -> monthsIfLikelyGranted == null ? monthsBeforePermit : monthsIfLikelyGranted;
                case SAFE_COUNTRY -> safeCountryMayGetPermit ? Integer.valueOf(monthsBeforePermit) : null;
                case UNKNOWN, GENERAL -> monthsBeforePermit;
            };
        }
    }

    /**
     * The Dutch rules: six months in the procedure (the cap of 24 weeks of work a year was struck
     * down on 29 November 2023); from 12 June 2026 three months for people likely to be granted
     * protection, and no permit for people from a safe country of origin.
     */
    public static final WorkRules DUTCH = new WorkRules(List.of(
            new AsylumRule(LocalDate.of(2000, 1, 1), 6, null, true),
            new AsylumRule(LocalDate.of(2026, 6, 12), 6, 3, false)));

    public WorkRules {
        if (asylumSeekers.isEmpty()) {
            throw new IllegalArgumentException("at least one rule for asylum seekers is needed");
        }
        asylumSeekers = asylumSeekers.stream().sorted(Comparator.comparing(AsylumRule::from)).toList();
    }

    /** The rule in force on a day (the first rule for days before it). */
    AsylumRule on(LocalDate day) {
        AsylumRule found = asylumSeekers.getFirst();
        for (AsylumRule rule : asylumSeekers) {
            if (!rule.from().isAfter(day)) {
                found = rule;
            }
        }
        return found;
    }

    /** Whether a permit may be applied for on a day, by the rule of that day. */
    boolean permitPossible(LocalDate procedureStart, AsylumTrack track, LocalDate day) {
        Integer months = on(day).months(track);
        return months != null && !day.isBefore(procedureStart.plusMonths(months));
    }

    /** The first day on or after {@code from} on which a permit may be applied for; null if none. */
    @Nullable LocalDate nextPermitDay(LocalDate procedureStart, AsylumTrack track, LocalDate from) {
        if (permitPossible(procedureStart, track, from)) {
            return from;
        }
        return changeDays(procedureStart).stream().filter(day -> day.isAfter(from)).sorted()
                .filter(day -> permitPossible(procedureStart, track, day)).findFirst().orElse(null);
    }

    /** The days on which a verdict may change for this start: each rule's start and each end of waiting. */
    List<LocalDate> changeDays(LocalDate procedureStart) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (AsylumRule rule : asylumSeekers) {
            days.add(rule.from());
            for (AsylumTrack track : AsylumTrack.values()) {
                Integer months = rule.months(track);
                if (months != null) {
                    days.add(procedureStart.plusMonths(months));
                }
            }
        }
        return days;
    }
}

package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fair-work check on a vacancy as it is saved. Refusals stop it: paid work (a job, a dual
 * trajectory) below the statutory minimum wage for its date and the youngest age it is open to, or
 * without a wage at all. Warnings send it to the municipality for review before it is published:
 * unpaid trial work, fees charged to the worker, housing tied to the job, days over 12 hours or
 * weeks over 60, no contract type — ticked in the form or written in the text.
 */
final class FairWorkCheck {

    /** What the check found: a code and, for the wage, the minimum that applies. */
    record Finding(String code, @Nullable BigDecimal minimum) {
    }

    record Result(List<Finding> refusals, List<Finding> warnings) {
    }

    static final int MAX_HOURS_PER_DAY = 12;
    static final int MAX_HOURS_PER_WEEK = 60;

    private static final List<String> UNPAID_TRIAL = List.of("onbetaalde proefdag", "onbetaalde proefperiode",
            "proefdag onbetaald", "proefdagen onbetaald", "unpaid trial", "trial day unpaid", "unpaid trial day",
            "zonder loon proef");
    private static final List<String> FEES = List.of("bemiddelingskosten", "inschrijfgeld", "inschrijfkosten",
            "registration fee", "placement fee", "recruitment fee", "kosten voor de werknemer", "borg betalen");
    private static final List<String> HOUSING = List.of("huisvesting via de werkgever", "woonruimte via de werkgever",
            "huisvesting wordt ingehouden", "huur wordt ingehouden", "housing provided by the employer",
            "housing is deducted", "rent is deducted", "accommodation provided by the employer",
            "verplichte huisvesting", "mandatory housing");

    private FairWorkCheck() {
    }

    static Result check(VacancyDraft draft, @Nullable BigDecimal minimumWage) {
        List<Finding> refusals = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        if (draft.type().paid()) {
            if (draft.hourlyWage() == null) {
                refusals.add(new Finding("WAGE_MISSING", minimumWage));
            } else if (minimumWage != null && draft.hourlyWage().compareTo(minimumWage) < 0) {
                refusals.add(new Finding("BELOW_MINIMUM_WAGE", minimumWage));
            }
        }
        String text = fold(draft.title() + "\n" + draft.description());
        var terms = draft.terms();
        if (terms.unpaidTrial() || mentions(text, UNPAID_TRIAL)) {
            warnings.add(new Finding("UNPAID_TRIAL", null));
        }
        if (terms.feesCharged() || mentions(text, FEES)) {
            warnings.add(new Finding("FEES_CHARGED", null));
        }
        if (terms.housingTied() || mentions(text, HOUSING)) {
            warnings.add(new Finding("HOUSING_TIED", null));
        }
        if (terms.maxHoursPerDay() != null && terms.maxHoursPerDay() > MAX_HOURS_PER_DAY) {
            warnings.add(new Finding("LONG_DAYS", null));
        }
        if (draft.hoursMax() > MAX_HOURS_PER_WEEK) {
            warnings.add(new Finding("LONG_WEEKS", null));
        }
        if (terms.contractType() == null) {
            warnings.add(new Finding("CONTRACT_TYPE_MISSING", null));
        }
        return new Result(refusals, warnings);
    }

    private static boolean mentions(String text, List<String> phrases) {
        return phrases.stream().anyMatch(text::contains);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

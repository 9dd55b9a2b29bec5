package nl.werkbrug.employer;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/**
 * What a vacancy must say before it is saved, apart from fair work: a real ESCO occupation and real
 * ESCO skills, known language codes, and for a dual trajectory a week in which work days and Dutch
 * lessons fit together (at least one of each, never on the same day) with a target level that is not
 * below the level at the start. Language support and a target level belong to dual trajectories only.
 */
@Component
class VacancyRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final TaxonomyService taxonomy;

    VacancyRules(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Throws {@link InvalidVacancy} for the first rule the draft breaks. */
    void check(VacancyDraft draft) {
        if (taxonomy.occupation(draft.occupationUri()).isEmpty()) {
            throw new InvalidVacancy("OCCUPATION_UNKNOWN", "not an ESCO occupation: " + draft.occupationUri());
        }
        for (String skill : union(draft.essentialSkills(), draft.optionalSkills())) {
            if (taxonomy.skill(skill).isEmpty()) {
                throw new InvalidVacancy("SKILL_UNKNOWN", "not an ESCO skill: " + skill);
            }
        }
        for (String language : draft.otherLanguages()) {
            if (!LANGUAGES.contains(language)) {
                throw new InvalidVacancy("LANGUAGE_UNKNOWN", "not an ISO 639-1 language code: " + language);
            }
        }
        if (draft.type() == VacancyType.DUAL_TRAJECTORY) {
            checkWeek(draft.workDays(), draft.languageDays());
        } else if (draft.languageSupport() || draft.dutchLevelTarget() != null) {
            throw new InvalidVacancy("DUAL_ONLY",
                    "language support and a Dutch level to aim for belong to a dual trajectory");
        }
        CefrLevel target = draft.dutchLevelTarget();
        if (target != null && !target.atLeast(draft.dutchLevel())) {
            throw new InvalidVacancy("DUTCH_TARGET_BELOW_START",
                    "the Dutch level aimed for (" + target + ") is below the level at the start ("
                            + draft.dutchLevel() + ")");
        }
    }

    private static void checkWeek(Set<DayOfWeek> work, Set<DayOfWeek> language) {
        if (work.isEmpty()) {
            throw new InvalidVacancy("DUAL_WORK_DAYS_MISSING", "a dual trajectory needs at least one work day");
        }
        if (language.isEmpty()) {
            throw new InvalidVacancy("DUAL_LANGUAGE_DAYS_MISSING",
                    "a dual trajectory needs at least one day for learning Dutch");
        }
        var both = EnumSet.copyOf(work);
        both.retainAll(language);
        if (!both.isEmpty()) {
            throw new InvalidVacancy("DUAL_DAYS_OVERLAP",
                    "work days and days for learning Dutch overlap on " + both);
        }
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        var all = new java.util.HashSet<>(first);
        all.addAll(second);
        return all;
    }
}

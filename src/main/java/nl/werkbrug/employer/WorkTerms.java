package nl.werkbrug.employer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The terms of the work that the fair-work check reads: the contract, the youngest age the
 * vacancy is open to (which sets the minimum wage), the longest working day, and conditions that
 * often come with exploitation (housing tied to the job, fees charged to the worker, unpaid trial work).
 */
public record WorkTerms(@Nullable ContractType contractType, @Min(15) @Max(67) int minimumAge,
                        @Nullable @Min(1) @Max(24) Integer maxHoursPerDay, boolean housingTied,
                        boolean feesCharged, boolean unpaidTrial) {

    /** An adult fixed-term contract of at most eight hours a day, nothing else. */
    public static final WorkTerms STANDARD = new WorkTerms(ContractType.FIXED_TERM, 21, 8, false, false, false);

    /** The age 21 and older when the draft leaves it out. */
    public WorkTerms {
        minimumAge = minimumAge == 0 ? 21 : minimumAge;
    }
}

package nl.werkbrug.candidate;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a jobhunter narrows their caseload to: one location, only candidates with an alert (8 weeks
 * or more since intake), only candidates waiting for a work permit (needed or applied for).
 */
public record CaseloadFilter(@Nullable UUID locationId, boolean onlyAlerts, boolean onlyAwaitingPermit) {

    /** The number of weeks since intake from which a candidate is flagged. */
    public static final int FIRST_ALERT_WEEKS = 8;

    public static final CaseloadFilter NONE = new CaseloadFilter(null, false, false);
}

package nl.werkbrug.candidate;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a jobhunter narrows their caseload to: one location, only candidates with an alert (8 weeks
 * or more since intake), only candidates waiting for a work permit (needed or applied for), and
 * candidates whose name contains a text (given or family name, or both; case does not matter).
 */
public record CaseloadFilter(@Nullable UUID locationId, boolean onlyAlerts, boolean onlyAwaitingPermit,
                             @Nullable String name) {

    /** The number of weeks since intake from which a candidate is flagged. */
    public static final int FIRST_ALERT_WEEKS = 8;

    public static final CaseloadFilter NONE = new CaseloadFilter(null, false, false, null);

    /** A blank name filters on nothing. */
    public CaseloadFilter {
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Without a name. */
    public CaseloadFilter(@Nullable UUID locationId, boolean onlyAlerts, boolean onlyAwaitingPermit) {
        this(locationId, onlyAlerts, onlyAwaitingPermit, null);
    }

    public CaseloadFilter withName(@Nullable String text) {
        return new CaseloadFilter(locationId, onlyAlerts, onlyAwaitingPermit, text);
    }
}

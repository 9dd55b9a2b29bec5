package nl.werkbrug.candidate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The facts from which the dated rules decide what work a person may do. */
public record RightToWork(@Nullable LocalDate asylumProcedureStart, PermitStatus permitStatus,
                          @Nullable LocalDate permitStatusDate, @Nullable LocalDate uwvNotifiedOn,
                          boolean volunteerDeclaration, AsylumTrack asylumTrack) {

    /** Without a recorded track (an API caller written before the track existed), the track is unknown. */
    public RightToWork {
        asylumTrack = java.util.Objects.requireNonNullElse(asylumTrack, AsylumTrack.UNKNOWN);
    }

    /** The facts without a recorded procedure track. */
    public RightToWork(@Nullable LocalDate asylumProcedureStart, PermitStatus permitStatus,
                       @Nullable LocalDate permitStatusDate, @Nullable LocalDate uwvNotifiedOn,
                       boolean volunteerDeclaration) {
        this(asylumProcedureStart, permitStatus, permitStatusDate, uwvNotifiedOn, volunteerDeclaration,
                AsylumTrack.UNKNOWN);
    }

    public static RightToWork free() {
        return new RightToWork(null, PermitStatus.NOT_NEEDED, null, null, false);
    }

    /** The same facts with another permit status, from a date. */
    public RightToWork withPermit(PermitStatus status, @Nullable LocalDate on) {
        return new RightToWork(asylumProcedureStart, status, on, uwvNotifiedOn, volunteerDeclaration, asylumTrack);
    }
}

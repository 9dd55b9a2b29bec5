package nl.werkbrug.candidate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The facts from which the dated rules decide what work a person may do. */
public record RightToWork(@Nullable LocalDate asylumProcedureStart, PermitStatus permitStatus,
                          @Nullable LocalDate permitStatusDate, @Nullable LocalDate uwvNotifiedOn,
                          boolean volunteerDeclaration) {

    public static RightToWork free() {
        return new RightToWork(null, PermitStatus.NOT_NEEDED, null, null, false);
    }
}

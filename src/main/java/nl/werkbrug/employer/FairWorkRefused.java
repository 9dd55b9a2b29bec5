package nl.werkbrug.employer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A vacancy the fair-work check refuses, with the code of the rule and the minimum wage that applies. */
public class FairWorkRefused extends RuntimeException {

    private final String code;
    private final @Nullable BigDecimal minimumWage;

    FairWorkRefused(String code, @Nullable BigDecimal minimumWage) {
        super(code + (minimumWage == null ? "" : ": the minimum wage is EUR " + minimumWage.toPlainString()
                + " an hour"));
        this.code = code;
        this.minimumWage = minimumWage;
    }

    public String code() {
        return code;
    }

    public @Nullable BigDecimal minimumWage() {
        return minimumWage;
    }
}

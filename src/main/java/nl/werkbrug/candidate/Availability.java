package nl.werkbrug.candidate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When and how much someone can work, how far they can travel, and on which days they attend Dutch
 * language classes (which a dual trajectory should leave free).
 */
public record Availability(@Nullable LocalDate from, @Nullable @Min(0) @Max(60) Integer hoursMin,
                           @Nullable @Min(0) @Max(60) Integer hoursMax, Set<DayOfWeek> days,
                           @Min(0) @Max(500) int maxTravelKm, Set<DayOfWeek> classDays) {

    /** Availability without language-class days. */
    public Availability(@Nullable LocalDate from, @Nullable Integer hoursMin, @Nullable Integer hoursMax,
                        Set<DayOfWeek> days, int maxTravelKm) {
        this(from, hoursMin, hoursMax, days, maxTravelKm, Set.of());
    }

    public Availability {
        days = days == null ? Set.of() : Set.copyOf(days);
        classDays = classDays == null ? Set.of() : Set.copyOf(classDays);
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw new IllegalArgumentException("minimum hours exceed maximum hours");
        }
    }
}

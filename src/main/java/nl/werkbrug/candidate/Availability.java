package nl.werkbrug.candidate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** When and how much someone can work, and how far they can travel. */
public record Availability(@Nullable LocalDate from, @Nullable @Min(0) @Max(60) Integer hoursMin,
                           @Nullable @Min(0) @Max(60) Integer hoursMax, Set<DayOfWeek> days,
                           @Min(0) @Max(500) int maxTravelKm) {

    public Availability {
        days = days == null ? Set.of() : Set.copyOf(days);
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw new IllegalArgumentException("minimum hours exceed maximum hours");
        }
    }
}

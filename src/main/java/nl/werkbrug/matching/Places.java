package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.organisation.GeoPoint;
import nl.werkbrug.organisation.LocationRegistered;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where every location is, kept in memory: people and vacancies are placed at a location (an azc, a
 * municipality, a workplace), so "within 10 km of this vacancy" is the set of locations within 10 km,
 * and matching asks for those location IDs — a cheap term lookup — instead of a geographic distance
 * query over every document. Locations are only ever added; a new one empties the cache, and a
 * location not (yet) known makes it read again.
 */
@Component
class Places {

    private final OrganisationService organisations;
    private volatile @Nullable Map<UUID, GeoPoint> points;

    Places(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The place of a location, or null when there is no such location. */
    @Nullable GeoPoint of(UUID location) {
        GeoPoint point = points().get(location);
        if (point == null) {
            points = null;
            point = points().get(location);
        }
        return point;
    }

    /** The locations within {@code km} of a place (the place's own location included), in no particular order. */
    List<String> within(GeoPoint place, double km) {
        return points().entrySet().stream()
                .filter(e -> MatchService.distanceKm(place, e.getValue().latitude(), e.getValue().longitude()) <= km)
                .map(e -> e.getKey().toString())
                .toList();
    }

    /**
     * The steps in which a person's maximum travel distance is indexed: {@link #band} rounds it up to
     * the next step, and a document holds every step up to that one, so a query names per location
     * the single step of its distance.
     */
    static final int[] TRAVEL_STEPS = {1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200, 300, 500, 1000};

    /** The step of a maximum travel distance: the smallest step at least as far. */
    static int band(int maxTravelKm) {
        for (int step : TRAVEL_STEPS) {
            if (step >= maxTravelKm) {
                return step;
            }
        }
        return TRAVEL_STEPS[TRAVEL_STEPS.length - 1];
    }

    /**
     * The values of a candidate's {@code home_band}: their location (its first eight hexadecimal
     * digits, enough to tell the locations of one region apart) with every travel step up to the step
     * of their own travel distance: someone who travels 25 km reaches what lies within 1, 2, 5, … 25 km.
     */
    static List<String> homeBand(UUID location, int maxTravelKm) {
        String prefix = location.toString().substring(0, 8) + ":";
        int own = band(maxTravelKm);
        List<String> bands = new ArrayList<>();
        for (int step : TRAVEL_STEPS) {
            if (step <= own) {
                bands.add(prefix + step);
            }
        }
        return bands;
    }

    /**
     * People who can get to a place (at most {@code maxKm} away): one {@code terms} query on
     * {@code home_band} with one value per location within {@code maxKm}, the location with the step
     * of its distance to the place. The exact distance is checked on each hit, as a step rounds up.
     */
    Query reachedFrom(GeoPoint place, double maxKm) {
        List<FieldValue> bands = new ArrayList<>();
        points().forEach((id, point) -> {
            double km = MatchService.distanceKm(place, point.latitude(), point.longitude());
            if (km <= maxKm) {
                bands.add(FieldValue.of(id.toString().substring(0, 8) + ":" + band((int) Math.ceil(km))));
            }
        });
        if (bands.isEmpty()) {
            return Query.of(q -> q.bool(b -> b.mustNot(m -> m.matchAll(a -> a))));
        }
        return Query.of(q -> q.terms(t -> t.field("home_band").terms(v -> v.value(bands))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LocationRegistered event) {
        points = null;
    }

    private Map<UUID, GeoPoint> points() {
        Map<UUID, GeoPoint> current = points;
        if (current == null) {
            current = organisations.locations().stream()
                    .collect(Collectors.toUnmodifiableMap(l -> l.id().value(), LocationView::point));
            points = current;
        }
        return current;
    }
}

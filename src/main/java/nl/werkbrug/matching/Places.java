package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
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
     * People who live within their own travel distance of a place (and at most {@code maxKm} from it):
     * for every whole number of kilometres k, the people at locations between k−1 and k km away whose
     * {@code max_travel_km} is at least k. Exact, as both are measured between the same points.
     */
    Query reachedFrom(GeoPoint place, double maxKm) {
        Map<Integer, List<String>> byKm = new TreeMap<>();
        points().forEach((id, point) -> {
            double km = MatchService.distanceKm(place, point.latitude(), point.longitude());
            if (km <= maxKm) {
                byKm.computeIfAbsent((int) Math.ceil(km), k -> new ArrayList<>()).add(id.toString());
            }
        });
        List<Query> bands = new ArrayList<>();
        byKm.forEach((km, ids) -> {
            List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
            Query at = Query.of(q -> q.terms(t -> t.field("location_id").terms(v -> v.value(values))));
            bands.add(km == 0 ? at : Query.of(q -> q.bool(b -> b.filter(at)
                    .filter(f -> f.range(r -> r.number(n -> n.field("max_travel_km").gte((double) km)))))));
        });
        if (bands.isEmpty()) {
            return Query.of(q -> q.bool(b -> b.mustNot(m -> m.matchAll(a -> a))));
        }
        return Query.of(q -> q.bool(b -> b.should(bands).minimumShouldMatch("1")));
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

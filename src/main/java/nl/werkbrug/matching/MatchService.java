package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.candidate.WorkPermission;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.organisation.GeoPoint;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.taxonomy.IscoGroup;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Candidates for a vacancy, from the candidate index. Every factor of the score is a named query
 * whose own score Elasticsearch reports ({@code include_named_queries_score}), so the explanation is
 * what the engine counted, not a guess made afterwards. Hard limits that the index cannot express
 * (each person's own travel distance, the dated right-to-work rules) are checked on each hit; a person
 * who needs a work permit is shown, flagged, only when the employer is willing to apply for one.
 */
@Service
public class MatchService {

    /** One factor of a match: its name and what it added to the score. */
    public record Factor(String name, double score) {
    }

    /** A candidate for a vacancy (anonymous: only the candidate ID), with why, what is missing, and flags. */
    public record Match(String candidateId, double score, List<Factor> factors, List<String> gaps, List<String> flags) {
    }

    static final double COARSE_RADIUS_KM = 100;
    private static final double EARTH_KM = 6371.0;

    private final ElasticsearchClient client;
    private final VacancyService vacancies;
    private final OrganisationService organisations;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    MatchService(ElasticsearchClient client, VacancyService vacancies, OrganisationService organisations,
                 TaxonomyService taxonomy, Clock clock) {
        this.client = client;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** The best candidates for a vacancy, best first, within the law and each person's limits. */
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Match> candidatesFor(VacancyId id, int limit) {
        VacancyView vacancy = vacancies.get(id);
        GeoPoint place = organisations.location(new LocationId(vacancy.locationId())).map(l -> l.point()).orElse(null);
        LocalDate start = vacancy.startDate() == null || vacancy.startDate().isBefore(LocalDate.now(clock))
                ? LocalDate.now(clock) : vacancy.startDate();
        int wanted = Math.clamp(limit, 1, 100);
        List<Query> should = new ArrayList<>();
        double essentialEach = vacancy.essentialSkills().isEmpty() ? 0 : 4.0 / vacancy.essentialSkills().size();
        vacancy.essentialSkills().forEach(uri -> should.add(named("essential:" + uri, essentialEach,
                Query.of(q -> q.term(t -> t.field("skills").value(uri))))));
        double optionalEach = vacancy.optionalSkills().isEmpty() ? 0 : 1.0 / vacancy.optionalSkills().size();
        vacancy.optionalSkills().forEach(uri -> should.add(named("optional:" + uri, optionalEach,
                Query.of(q -> q.term(t -> t.field("skills").value(uri))))));
        String isco = taxonomy.occupation(vacancy.occupationUri()).map(o -> o.iscoCode()).orElse("");
        should.add(named("occupation", 3, Query.of(q -> q.term(t -> t.field("occupations").value(vacancy.occupationUri())))));
        if (!isco.isEmpty()) {
            should.add(named("isco_unit", 2, Query.of(q -> q.term(t -> t.field("isco_unit_groups").value(isco)))));
            should.add(named("isco_minor", 1, Query.of(q -> q.term(t -> t.field("isco_minor_groups")
                    .value(IscoGroup.minorOf(isco))))));
            should.add(named("isco_sub_major", 0.5, Query.of(q -> q.term(t -> t.field("isco_sub_major_groups")
                    .value(IscoGroup.subMajorOf(isco))))));
        }
        int dutchRank = vacancy.type() == VacancyType.DUAL_TRAJECTORY ? Math.max(0, vacancy.dutchLevel().ordinal() - 1)
                : vacancy.dutchLevel().ordinal();
        should.add(named("dutch_level", 1.5, Query.of(q -> q.range(r -> r.number(n -> n.field("dutch_level_rank")
                .gte((double) dutchRank))))));
        if (vacancy.educationLevel() != null) {
            int level = vacancy.educationLevel();
            should.add(named("education", 0.5, Query.of(q -> q.range(r -> r.number(n -> n.field("education_level")
                    .gte((double) level))))));
        }
        if (place != null) {
            should.add(named("distance_10km", 1, geo(place, 10)));
            should.add(named("distance_25km", 0.5, geo(place, 25)));
        }
        should.add(Query.of(q -> q.match(m -> m.field("text").query(vacancy.title()).boost(0.2f).queryName("text"))));
        Query query = Query.of(q -> q.bool(b -> {
            b.should(should).minimumShouldMatch("1");
            if (place != null) {
                b.filter(geo(place, COARSE_RADIUS_KM));
            }
            return b;
        }));
        try {
            var response = client.search(s -> s.index(SearchSync.CANDIDATES).query(query).size(wanted * 5)
                    .includeNamedQueriesScore(true), Map.class);
            List<Match> matches = new ArrayList<>();
            for (var hit : response.hits().hits()) {
                @SuppressWarnings("unchecked") Map<String, Object> doc = (Map<String, Object>) hit.source();
                var match = check(vacancy, place, start, doc, hit.score() == null ? 0 : hit.score(),
                        hit.matchedQueries(), dutchRank, isco);
                if (match != null) {
                    matches.add(match);
                }
                if (matches.size() == wanted) {
                    break;
                }
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hard limits on one hit, then its explanation; null when the person may not be proposed. */
    private @Nullable Match check(VacancyView vacancy, @Nullable GeoPoint place, LocalDate start,
                                  Map<String, Object> doc, double score, Map<String, Double> named, int dutchRank,
                                  String isco) {
        List<String> flags = new ArrayList<>();
        if (place != null && doc.get("location") instanceof Map<?, ?> location) {
            double km = distanceKm(place, ((Number) location.get("lat")).doubleValue(),
                    ((Number) location.get("lon")).doubleValue());
            if (km > ((Number) doc.getOrDefault("max_travel_km", 25)).doubleValue()) {
                return null;
            }
        }
        if (doc.get("available_from") instanceof String from && LocalDate.parse(from).isAfter(start)) {
            return null;
        }
        var kind = vacancy.type() == VacancyType.VOLUNTEER ? WorkPermission.Kind.VOLUNTEER : WorkPermission.Kind.PAID;
        var permission = WorkPermission.assess(NewcomerGroup.valueOf((String) doc.get("group")), rights(doc), kind,
                start);
        switch (permission.verdict()) {
            case NOT_YET, CHECK_STATUS, DECLARATION_NEEDED -> {
                return null;
            }
            case PERMIT_NEEDED -> {
                if (!vacancy.permitWilling()) {
                    return null;
                }
                flags.add("PERMIT_NEEDED");
            }
            case ALLOWED_AFTER_NOTIFICATION -> flags.add("UWV_NOTIFICATION");
            case ALLOWED -> {
                // nothing to flag
            }
        }
        Map<String, Double> factors = new LinkedHashMap<>();
        named.forEach((name, value) -> factors.merge(factorOf(name), value, Double::sum));
        List<String> gaps = new ArrayList<>();
        for (String skill : vacancy.essentialSkills()) {
            if (!named.containsKey("essential:" + skill)) {
                gaps.add("SKILL:" + skill);
            }
        }
        if (((Number) doc.getOrDefault("dutch_level_rank", 0)).intValue() < dutchRank) {
            gaps.add("DUTCH_LEVEL");
        }
        int vacancyLevel = isco.isEmpty() ? 0 : IscoGroup.skillLevel(isco);
        int personLevel = ((Number) doc.getOrDefault("isco_skill_level", 0)).intValue();
        int education = ((Number) doc.getOrDefault("education_level", 0)).intValue();
        if (vacancyLevel > 0 && (personLevel >= vacancyLevel + 2 || (education >= 6 && vacancyLevel <= 2))) {
            flags.add("BELOW_LEVEL");
        }
        return new Match((String) doc.get("candidate_id"), score,
                factors.entrySet().stream().map(e -> new Factor(e.getKey(), e.getValue())).toList(), gaps, flags);
    }

    private static String factorOf(String queryName) {
        if (queryName.startsWith("essential:")) {
            return "essential_skills";
        }
        if (queryName.startsWith("optional:")) {
            return "optional_skills";
        }
        if (queryName.startsWith("isco_") || queryName.equals("occupation")) {
            return "occupation";
        }
        if (queryName.startsWith("distance_")) {
            return "distance";
        }
        return queryName;
    }

    private static RightToWork rights(Map<String, Object> doc) {
        @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) doc.getOrDefault("right_to_work",
                Map.of());
        return new RightToWork(date(r.get("asylum_procedure_start")),
                PermitStatus.valueOf((String) r.getOrDefault("permit_status", PermitStatus.NOT_NEEDED.name())),
                date(r.get("permit_status_date")), date(r.get("uwv_notified_on")),
                Boolean.TRUE.equals(r.get("volunteer_declaration")));
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return value instanceof String text ? LocalDate.parse(text) : null;
    }

    private static Query named(String name, double boost, Query inner) {
        return Query.of(q -> q.constantScore(c -> c.filter(inner).boost((float) boost).queryName(name)));
    }

    private static Query geo(GeoPoint place, double km) {
        return Query.of(q -> q.geoDistance(g -> g.field("location").distance(km + "km")
                .location(l -> l.latlon(ll -> ll.lat(place.latitude()).lon(place.longitude())))));
    }

    static double distanceKm(GeoPoint a, double lat, double lon) {
        double dLat = Math.toRadians(lat - a.latitude());
        double dLon = Math.toRadians(lon - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}

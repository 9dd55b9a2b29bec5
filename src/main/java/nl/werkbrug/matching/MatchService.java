package nl.werkbrug.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.candidate.WorkPermission;
import nl.werkbrug.candidate.WorkRules;
import nl.werkbrug.candidate.AsylumTrack;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.organisation.GeoPoint;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.IscoGroup;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Matching both ways: candidates for a vacancy, and vacancies for a candidate. Every factor of the
 * score is a named query whose own score Elasticsearch reports ({@code include_named_queries_score}),
 * so the explanation is what the engine counted, not a guess made afterwards. Hard limits that the
 * index can express are filters; those it cannot (each person's own travel distance towards a
 * vacancy, the dated right-to-work rules) are checked on each hit. A person who needs a work permit
 * is shown, flagged, only when the employer is willing to apply for one.
 *
 * <p>Levels: a person's level is the ISCO-08 skill level (1–4) of the work they did or their
 * education prepares for; work within one level of it scores the factor {@code level}, work two or
 * more levels below it is flagged {@code BELOW_LEVEL}, so a high-skilled person is ranked towards
 * work at their level. Dual trajectories accept a Dutch level one step below the requirement, and
 * score {@code language_days} when their work days leave the person's language-class days free.
 */
@Service
public class MatchService {

    /**
     * One factor of a match: what it added to the score, and the message key and arguments that
     * say it in plain words.
     */
    public record Factor(String name, double score, String textKey, List<String> args) {
    }

    /** Something the match lacks: {@code SKILL} (ESCO URI), {@code CERTIFICATE}, {@code DUTCH_LEVEL}, {@code LANGUAGE_DAYS}. */
    public record Gap(String kind, String value) {
    }

    /** A step that would raise the score, and by how much. */
    public record Step(String kind, String value, double gain) {
    }

    /** What an employer may see of a candidate before an introduction: skills first, nothing personal. */
    public record AnonymousProfile(List<String> occupations, List<String> skills, List<String> certificates,
                                   CefrLevel dutchLevel, @Nullable Integer educationLevel, int monthsExperience) {
    }

    /**
     * A match: the candidate's or vacancy's ID, the score and its factors, the gaps, flags
     * ({@code PERMIT_NEEDED}, {@code UWV_NOTIFICATION}, {@code BELOW_LEVEL}), the one or two steps
     * that would raise it most, the distance in km where known and, for candidates, the anonymous
     * profile.
     */
    public record Match(String id, double score, List<Factor> factors, List<Gap> gaps, List<String> flags,
                        List<Step> steps, @Nullable Integer distanceKm, @Nullable AnonymousProfile candidate) {
    }

    /**
     * Narrows a list of matches. For candidates: {@code locationId} (where the person lives),
     * {@code dutchLevel} (at least), {@code withoutPermit} (only people who need no permit). For
     * vacancies: {@code types}, {@code sector}, {@code withinKm}, {@code dutchLevel} (asked at most),
     * {@code withoutPermit}.
     */
    public record Filter(Set<VacancyType> types, @Nullable String sector, @Nullable UUID locationId,
                         @Nullable Integer withinKm, @Nullable CefrLevel dutchLevel, boolean withoutPermit) {
        public static final Filter NONE = new Filter(Set.of(), null, null, null, null, false);

        public Filter {
            types = types == null ? Set.of() : Set.copyOf(types);
        }
    }

    static final double COARSE_RADIUS_KM = 100;
    /** Someone available within four weeks of the start (or of today) can still take the work. */
    static final int START_GRACE_DAYS = 28;
    private static final int MAX_RESULTS = 500;
    /** The fields of a hit that the checks and explanations read: less to load and send per hit. */
    private static final Map<String, List<String>> SOURCE = Map.of(
            SearchSync.CANDIDATES, List.of("candidate_id", "location", "max_travel_km", "group", "right_to_work",
                    "skills", "certificates", "dutch_level_rank", "language_class_days", "skill_level",
                    "occupations", "education_level", "months_experience"),
            SearchSync.VACANCIES, List.of("vacancy_id", "type", "start_date", "permit_willing", "location",
                    "essential_skills", "optional_skills", "certificates", "dutch_level_rank",
                    "essential_skill_half", "work_days", "isco_skill_level"));
    private static final double EARTH_KM = 6371.0;
    private static final double ESSENTIAL = 4.0;
    private static final double OPTIONAL = 1.0;
    private static final double CERTIFICATES = 1.5;
    private static final double DUTCH = 1.5;
    private static final double EDUCATION = 0.5;
    private static final double LEVEL = 1.5;
    private static final double LANGUAGE_DAYS = 1.0;
    private static final double ESSENTIAL_EACH = 0.25;
    private static final double ESSENTIAL_HALF = 1.5;
    private static final double ESSENTIAL_ALL = 1.5;

    private final ElasticsearchClient client;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final TaxonomyService taxonomy;
    private final IndexDocuments documents;
    private final Places places;
    private final IndexState indexState;
    private final Clock clock;
    private final WorkRules rules;

    MatchService(ElasticsearchClient client, VacancyService vacancies, CandidateService candidates,
                 TaxonomyService taxonomy, IndexDocuments documents, Places places, IndexState indexState,
                 Clock clock, WorkRules rules) {
        this.client = client;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.taxonomy = taxonomy;
        this.documents = documents;
        this.places = places;
        this.indexState = indexState;
        this.clock = clock;
        this.rules = rules;
    }

    /** The best candidates for a vacancy, best first, within the law and each person's limits. */
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Match> candidatesFor(VacancyId id, int limit) {
        return candidatesFor(id, Filter.NONE, 0, limit);
    }

    /**
     * A page of the candidates for a vacancy. Jobhunters see the candidates of their own locations,
     * administrators all.
     */
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Match> candidatesFor(VacancyId id, Filter filter, int offset, int limit) {
        var user = CurrentUser.require();
        Set<UUID> locations = user.has(Role.ADMIN) ? null : user.locationIds();
        return candidateMatches(vacancies.get(id), filter, locations, offset, limit);
    }

    /** The best candidates for one of the employer's own vacancies, anonymous and skills first. */
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public List<Match> anonymousCandidatesFor(VacancyId id, int offset, int limit) {
        return candidateMatches(vacancies.managed(id), Filter.NONE, null, offset, limit);
    }

    /** The best vacancies for a candidate, best first, within the law and the person's own limits. */
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public List<Match> vacanciesFor(CandidateId id, int limit) {
        return vacanciesFor(id, Filter.NONE, 0, limit);
    }

    /** A page of the vacancies for a candidate: the person themself, their jobhunter, an administrator. */
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public List<Match> vacanciesFor(CandidateId id, Filter filter, int offset, int limit) {
        return vacancyMatches(candidates.forMatching(id), filter, offset, limit);
    }

    // ---------------------------------------------------------------- vacancy -> candidates

    private List<Match> candidateMatches(VacancyView vacancy, Filter filter, @Nullable Set<UUID> locations,
                                         int offset, int limit) {
        GeoPoint place = placeOf(vacancy.locationId());
        LocalDate start = startOf(vacancy);
        String isco = taxonomy.occupation(vacancy.occupationUri()).map(o -> o.iscoCode()).orElse("");
        int vacancyLevel = isco.isEmpty() ? 0 : IscoGroup.skillLevel(isco);
        int dutchRank = requiredDutchRank(vacancy.type(), vacancy.dutchLevel().ordinal());
        // relevant at all: a skill, or the same kind of work; words in common only when there is neither.
        // These factors are the required part of the query, so no separate filter repeats their terms.
        List<Query> relevant = new ArrayList<>();
        double essentialEach = vacancy.essentialSkills().isEmpty() ? 0 : ESSENTIAL / vacancy.essentialSkills().size();
        addSum(relevant, "essential_skills", essentialEach, "skills", vacancy.essentialSkills());
        double optionalEach = vacancy.optionalSkills().isEmpty() ? 0 : OPTIONAL / vacancy.optionalSkills().size();
        addSum(relevant, "optional_skills", optionalEach, "skills", vacancy.optionalSkills());
        relevant.add(named("occupation", 3, term("occupations", vacancy.occupationUri())));
        if (!isco.isEmpty()) {
            relevant.add(named("isco_unit", 2, term("isco_unit_groups", isco)));
            relevant.add(named("isco_minor", 1, term("isco_minor_groups", IscoGroup.minorOf(isco))));
            relevant.add(named("isco_sub_major", 0.5, term("isco_sub_major_groups", IscoGroup.subMajorOf(isco))));
        }
        Query title = Query.of(q -> q.match(m -> m.field("text").query(vacancy.title()).boost(0.2f).queryName("text")));
        boolean wordsOnly = vacancy.essentialSkills().isEmpty() && vacancy.optionalSkills().isEmpty() && isco.isEmpty();
        if (wordsOnly) {
            relevant.add(title);
        }
        List<Query> should = new ArrayList<>();
        double certificateEach = vacancy.certificates().isEmpty() ? 0 : CERTIFICATES / vacancy.certificates().size();
        addSum(should, "certificates", certificateEach, "certificates",
                vacancy.certificates().stream().map(Enum::name).toList());
        if (!isco.isEmpty()) {
            should.add(named("level", 0.5, range("skill_level", vacancyLevel - 1, vacancyLevel + 1)));
        }
        should.add(named("dutch_level", DUTCH, range("dutch_level_rank", dutchRank, null)));
        if (vacancy.educationLevel() != null) {
            should.add(named("education", EDUCATION, range("education_level", vacancy.educationLevel(), null)));
        }
        if (place != null) {
            should.add(named("distance_10km", 1, terms("location_id", places.within(place, 10))));
            should.add(named("distance_25km", 0.5, terms("location_id", places.within(place, 25))));
        }
        if (vacancy.type() == VacancyType.DUAL_TRAJECTORY && !vacancy.workDays().isEmpty()) {
            should.add(named("language_days", LANGUAGE_DAYS, Query.of(q -> q.bool(b -> b
                    .mustNot(terms("language_class_days", days(vacancy.workDays())))))));
        }
        if (!wordsOnly) {
            should.add(title);
        }

        List<Query> filters = new ArrayList<>();
        boolean current = indexState.current();
        if (place != null) {
            // within the person's own travel distance; the distance is checked once more on each hit
            filters.add(current ? places.reachedFrom(place, COARSE_RADIUS_KM)
                    : terms("location_id", places.within(place, COARSE_RADIUS_KM)));
        }
        filters.add(availableBy(start.plusDays(START_GRACE_DAYS), current));
        if (current) {
            // may do this work on its start date (checked once more, with its flags, on each hit)
            String day = start.toString();
            filters.add(vacancy.type() == VacancyType.VOLUNTEER ? term("volunteer_allowed", day)
                    : Query.of(q -> q.bool(b -> {
                        b.should(term("paid_allowed", day));
                        if (vacancy.permitWilling() && !filter.withoutPermit()) {
                            b.should(term("paid_with_permit", day));
                        }
                        return b.minimumShouldMatch("1");
                    })));
        }
        if (locations != null) {
            filters.add(terms("location_id", locations.stream().map(UUID::toString).toList()));
        }
        if (filter.locationId() != null) {
            filters.add(term("location_id", filter.locationId().toString()));
        }
        if (filter.dutchLevel() != null) {
            filters.add(range("dutch_level_rank", filter.dutchLevel().ordinal(), null));
        }
        Set<String> required = vacancy.certificates().stream().map(Enum::name).collect(Collectors.toSet());
        return search(SearchSync.CANDIDATES, relevant, should, filters, offset, limit, hit -> {
            var doc = hit.doc();
            Integer km = null;
            if (place != null && doc.get("location") instanceof Map<?, ?> location) {
                double distance = distanceKm(place, ((Number) location.get("lat")).doubleValue(),
                        ((Number) location.get("lon")).doubleValue());
                if (distance > ((Number) doc.getOrDefault("max_travel_km", 25)).doubleValue()) {
                    return null;
                }
                km = (int) Math.round(distance);
            }
            List<String> flags = new ArrayList<>();
            if (!permitted(vacancy.type(), vacancy.permitWilling(), doc, start, filter.withoutPermit(), flags)) {
                return null;
            }
            Set<String> has = new TreeSet<>(strings(doc.get("skills")));
            Set<String> certificates = new TreeSet<>(strings(doc.get("certificates")));
            int rank = number(doc.get("dutch_level_rank"));
            List<Gap> gaps = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            for (String skill : new TreeSet<>(vacancy.essentialSkills())) {
                if (!has.contains(skill)) {
                    gaps.add(new Gap("SKILL", skill));
                    steps.add(new Step("SKILL", skill, essentialEach));
                }
            }
            for (String code : new TreeSet<>(required)) {
                if (!certificates.contains(code)) {
                    gaps.add(new Gap("CERTIFICATE", code));
                    steps.add(new Step("CERTIFICATE", code, certificateEach));
                }
            }
            if (rank < dutchRank) {
                String level = CefrLevel.values()[dutchRank].name();
                gaps.add(new Gap("DUTCH_LEVEL", level));
                steps.add(new Step("DUTCH_LEVEL", level, DUTCH));
            }
            if (vacancy.type() == VacancyType.DUAL_TRAJECTORY) {
                Set<String> clash = new TreeSet<>(strings(doc.get("language_class_days")));
                clash.retainAll(days(vacancy.workDays()));
                if (!clash.isEmpty()) {
                    gaps.add(new Gap("LANGUAGE_DAYS", String.join(",", clash)));
                }
            }
            int personLevel = number(doc.get("skill_level"));
            if (vacancyLevel > 0 && personLevel >= vacancyLevel + 2) {
                flags.add("BELOW_LEVEL");
            }
            var essentialCount = vacancy.essentialSkills().stream().filter(has::contains).count();
            var optionalCount = vacancy.optionalSkills().stream().filter(has::contains).count();
            var heldCount = required.stream().filter(certificates::contains).count();
            var factors = factors(hit.named(), name -> switch (name) {
                case "essential_skills" -> List.of(String.valueOf(essentialCount),
                        String.valueOf(vacancy.essentialSkills().size()));
                case "optional_skills" -> List.of(String.valueOf(optionalCount));
                case "certificates" -> List.of(String.valueOf(heldCount), String.valueOf(required.size()));
                case "dutch_level" -> List.of(CefrLevel.values()[dutchRank].name());
                default -> List.of();
            }, hit.named().containsKey("distance_10km") ? "10" : "25");
            var profile = new AnonymousProfile(List.copyOf(new TreeSet<>(strings(doc.get("occupations")))),
                    List.copyOf(has), List.copyOf(certificates), CefrLevel.values()[rank],
                    doc.get("education_level") instanceof Number n ? n.intValue() : null,
                    number(doc.get("months_experience")));
            return new Match((String) doc.get("candidate_id"), hit.score(), factors, gaps, flags, best(steps), km,
                    profile);
        });
    }

    // ---------------------------------------------------------------- candidate -> vacancies

    private List<Match> vacancyMatches(CandidateProfile person, Filter filter, int offset, int limit) {
        var doc = documents.candidate(person, clock.instant());
        GeoPoint home = places.of(person.locationId());
        int level = number(doc.get("skill_level"));
        int rank = person.dutchLevel().ordinal();
        Set<String> skills = person.skills();
        Set<String> units = new TreeSet<>(strings(doc.get("isco_unit_groups")));
        Set<String> minors = new TreeSet<>(strings(doc.get("isco_minor_groups")));
        Set<String> subMajors = new TreeSet<>(strings(doc.get("isco_sub_major_groups")));
        Set<String> held = person.certificates().stream().map(Enum::name).collect(Collectors.toSet());
        Set<String> classDays = days(person.availability().classDays()).stream().collect(Collectors.toSet());
        String words = occupationWords(person);

        // relevant at all: a skill in common, or the same kind of work (anything, for a person with
        // neither); these factors are the required part of the query, so no filter repeats their terms
        List<Query> relevant = new ArrayList<>();
        double optionalEach = skills.isEmpty() ? 0 : OPTIONAL / Math.min(10, skills.size());
        addSum(relevant, "essential_skills", ESSENTIAL_EACH, "essential_skills", skills);
        addSum(relevant, "optional_skills", optionalEach, "optional_skills", skills);
        if (!person.occupations().isEmpty()) {
            relevant.add(named("occupation", 3, terms("occupation", List.copyOf(person.occupations().keySet()))));
        }
        if (!units.isEmpty()) {
            relevant.add(named("isco_unit", 2, terms("isco_unit_group", List.copyOf(units))));
            relevant.add(named("isco_minor", 1, terms("isco_minor_group", List.copyOf(minors))));
        }
        if (!subMajors.isEmpty()) {
            relevant.add(named("isco_sub_major", 0.5, terms("isco_sub_major_group", List.copyOf(subMajors))));
        }
        List<Query> should = new ArrayList<>();
        if (!skills.isEmpty()) {
            should.add(named("essential_half", ESSENTIAL_HALF, coverage(skills, "essential_skill_half")));
            should.add(named("essential_all", ESSENTIAL_ALL, coverage(skills, "essential_skill_count")));
        }
        if (level > 0) {
            should.add(named("level", LEVEL, range("isco_skill_level", level - 1, level + 1)));
        }
        should.add(named("dutch_level", DUTCH, Query.of(q -> q.bool(b -> b
                .should(s -> s.bool(n -> n.mustNot(term("type", VacancyType.DUAL_TRAJECTORY.name()))
                        .filter(range("dutch_level_rank", null, rank))))
                .should(s -> s.bool(n -> n.filter(term("type", VacancyType.DUAL_TRAJECTORY.name()))
                        .filter(range("dutch_level_rank", null, rank + 1))))
                .minimumShouldMatch("1")))));
        if (person.educationLevel() != null) {
            should.add(named("education", EDUCATION, range("education_level", null, person.educationLevel())));
        }
        Set<String> missing = EnumSet.allOf(Certificate.class).stream().map(Enum::name)
                .filter(c -> !held.contains(c)).collect(Collectors.toCollection(TreeSet::new));
        should.add(named("certificates", 1.0, Query.of(q -> q.bool(b -> b
                .filter(f -> f.exists(e -> e.field("certificates")))
                .mustNot(terms("certificates", List.copyOf(missing)))))));
        should.add(named("language_days", LANGUAGE_DAYS, Query.of(q -> q.bool(b -> {
            b.filter(term("type", VacancyType.DUAL_TRAJECTORY.name()));
            if (!classDays.isEmpty()) {
                b.mustNot(terms("work_days", List.copyOf(classDays)));
            }
            return b;
        }))));
        if (home != null) {
            should.add(named("distance_10km", 1, terms("location_id", places.within(home, 10))));
            should.add(named("distance_25km", 0.5, terms("location_id", places.within(home, 25))));
        }
        if (!words.isBlank()) {
            should.add(Query.of(q -> q.match(m -> m.field("text").query(words).boost(0.2f).queryName("text"))));
        }

        List<Query> filters = new ArrayList<>();
        if (home != null) {
            int km = filter.withinKm() == null ? person.availability().maxTravelKm()
                    : Math.min(filter.withinKm(), person.availability().maxTravelKm());
            filters.add(terms("location_id", places.within(home, Math.max(1, km))));
        }
        if (!filter.types().isEmpty()) {
            filters.add(terms("type", filter.types().stream().map(Enum::name).toList()));
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            filters.add(term("sector", filter.sector()));
        }
        if (filter.dutchLevel() != null) {
            filters.add(range("dutch_level_rank", null, filter.dutchLevel().ordinal()));
        }
        var group = person.group();
        var rights = person.rightToWork();
        LocalDate availableFrom = person.availability().from();
        if (indexState.current()) {
            filters.add(startsWhenAllowed(person, filter.withoutPermit()));
            if (availableFrom != null && availableFrom.minusDays(START_GRACE_DAYS).isAfter(today())) {
                filters.add(dateRange("start_date", availableFrom.minusDays(START_GRACE_DAYS), null));
            }
        }
        return search(SearchSync.VACANCIES, relevant, should, filters, offset, limit, hit -> {
            var v = hit.doc();
            VacancyType type = VacancyType.valueOf((String) v.get("type"));
            LocalDate start = v.get("start_date") instanceof String s && LocalDate.parse(s).isAfter(today())
                    ? LocalDate.parse(s) : today();
            if (availableFrom != null && availableFrom.isAfter(start.plusDays(START_GRACE_DAYS))) {
                return null;
            }
            List<String> flags = new ArrayList<>();
            if (!permitted(type, Boolean.TRUE.equals(v.get("permit_willing")), group, rights, start,
                    filter.withoutPermit(), flags)) {
                return null;
            }
            Integer km = null;
            if (home != null && v.get("location") instanceof Map<?, ?> location) {
                km = (int) Math.round(distanceKm(home, ((Number) location.get("lat")).doubleValue(),
                        ((Number) location.get("lon")).doubleValue()));
            }
            List<String> essentials = strings(v.get("essential_skills"));
            List<String> optionals = strings(v.get("optional_skills"));
            List<String> certificates = strings(v.get("certificates"));
            int required = requiredDutchRank(type, number(v.get("dutch_level_rank")));
            long matched = essentials.stream().filter(skills::contains).count();
            int half = number(v.get("essential_skill_half"));
            List<Gap> gaps = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            for (String skill : new TreeSet<>(essentials)) {
                if (!skills.contains(skill)) {
                    gaps.add(new Gap("SKILL", skill));
                    double gain = ESSENTIAL_EACH + (matched + 1 == half ? ESSENTIAL_HALF : 0)
                            + (matched + 1 == essentials.size() ? ESSENTIAL_ALL : 0);
                    steps.add(new Step("SKILL", skill, gain));
                }
            }
            List<String> lacking = certificates.stream().filter(c -> !held.contains(c)).sorted().toList();
            for (String code : lacking) {
                gaps.add(new Gap("CERTIFICATE", code));
                steps.add(new Step("CERTIFICATE", code, 1.0 / lacking.size()));
            }
            if (rank < required) {
                String needed = CefrLevel.values()[required].name();
                gaps.add(new Gap("DUTCH_LEVEL", needed));
                steps.add(new Step("DUTCH_LEVEL", needed, DUTCH));
            }
            if (type == VacancyType.DUAL_TRAJECTORY) {
                Set<String> clash = new TreeSet<>(strings(v.get("work_days")));
                clash.retainAll(classDays);
                if (!clash.isEmpty()) {
                    gaps.add(new Gap("LANGUAGE_DAYS", String.join(",", clash)));
                }
            }
            int vacancyLevel = number(v.get("isco_skill_level"));
            if (vacancyLevel > 0 && level >= vacancyLevel + 2) {
                flags.add("BELOW_LEVEL");
            }
            long optionalCount = optionals.stream().filter(skills::contains).count();
            var factors = factors(hit.named(), name -> switch (name) {
                case "essential_skills" -> List.of(String.valueOf(matched), String.valueOf(essentials.size()));
                case "optional_skills" -> List.of(String.valueOf(optionalCount));
                case "certificates" -> List.of(String.valueOf(certificates.size()), String.valueOf(certificates.size()));
                case "dutch_level" -> List.of(CefrLevel.values()[required].name());
                default -> List.of();
            }, hit.named().containsKey("distance_10km") ? "10" : "25");
            return new Match((String) v.get("vacancy_id"), hit.score(), factors, gaps, flags, best(steps), km, null);
        });
    }

    // ---------------------------------------------------------------- shared

    private record Scored(Map<String, Object> doc, double score, Map<String, Double> named) {
    }

    /**
     * Runs the query and checks each hit, page by page: the checks made here (travel distance from the
     * person's side, the dated right-to-work rules) drop some hits, so a page holds somewhat more than
     * asked, and another page is read only when too many were dropped.
     */
    @SuppressWarnings("unchecked")
    private List<Match> search(String index, List<Query> relevant, List<Query> should, List<Query> filters,
                               int offset, int limit,
                               Function<Scored, @Nullable Match> check) {
        int from = Math.max(0, offset);
        int wanted = Math.clamp(limit, 1, 100);
        if (from >= MAX_RESULTS) {
            return List.of();
        }
        int needed = from + wanted;
        int page = needed + Math.max(5, needed / 4);
        Query query = Query.of(q -> q.bool(b -> {
            if (!relevant.isEmpty()) {
                b.must(m -> m.bool(r -> r.should(relevant).minimumShouldMatch("1")));
            }
            return b.should(should).filter(filters);
        }));
        List<Match> matches = new ArrayList<>();
        try {
            for (int read = 0; matches.size() < needed && read < MAX_RESULTS * 2; read += page) {
                int start = read;
                var response = client.search(s -> s.index(index).query(query).from(start).size(page)
                        .trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(SOURCE.get(index))))
                        .includeNamedQueriesScore(true), Map.class);
                var hits = response.hits().hits();
                for (Hit<Map> hit : hits) {
                    if (hit.source() == null) {
                        continue;
                    }
                    var match = check.apply(new Scored((Map<String, Object>) hit.source(),
                            hit.score() == null ? 0 : hit.score(), hit.matchedQueries()));
                    if (match != null) {
                        matches.add(match);
                    }
                    if (matches.size() >= needed) {
                        break;
                    }
                }
                if (hits.size() < page) {
                    break;
                }
            }
            return from >= matches.size() ? List.of() : matches.subList(from, Math.min(matches.size(), needed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named-query scores summed per factor, each with the key of its plain-words text. */
    private static List<Factor> factors(Map<String, Double> named, Function<String, List<String>> args,
                                        String distance) {
        Map<String, Double> sums = new LinkedHashMap<>();
        named.forEach((name, value) -> sums.merge(factorOf(name), value, Double::sum));
        String occupationKey = named.containsKey("occupation") ? "match.factor.occupation.same"
                : named.containsKey("isco_unit") ? "match.factor.occupation.unit" : "match.factor.occupation.related";
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> switch (e.getKey()) {
                    case "occupation" -> new Factor("occupation", e.getValue(), occupationKey, List.of());
                    case "distance" -> new Factor("distance", e.getValue(), "match.factor.distance", List.of(distance));
                    default -> new Factor(e.getKey(), e.getValue(), "match.factor." + e.getKey(), args.apply(e.getKey()));
                })
                .toList();
    }

    private static String factorOf(String queryName) {
        if (queryName.startsWith("essential")) {
            return "essential_skills";
        }
        if (queryName.startsWith("optional")) {
            return "optional_skills";
        }
        if (queryName.startsWith("certificate")) {
            return "certificates";
        }
        if (queryName.startsWith("isco_") || queryName.equals("occupation")) {
            return "occupation";
        }
        if (queryName.startsWith("distance_")) {
            return "distance";
        }
        return queryName;
    }

    /** The one or two steps that would raise the score most. */
    private static List<Step> best(List<Step> steps) {
        return steps.stream().sorted(Comparator.comparingDouble(Step::gain).reversed()).limit(2).toList();
    }

    private boolean permitted(VacancyType type, boolean permitWilling, Map<String, Object> doc, LocalDate start,
                              boolean withoutPermit, List<String> flags) {
        return permitted(type, permitWilling, NewcomerGroup.valueOf((String) doc.get("group")), rights(doc), start,
                withoutPermit, flags);
    }

    /** The dated right-to-work rules for this kind of work on its start date; adds the flags they call for. */
    private boolean permitted(VacancyType type, boolean permitWilling, NewcomerGroup group, RightToWork rights,
                                     LocalDate start, boolean withoutPermit, List<String> flags) {
        var kind = type == VacancyType.VOLUNTEER ? WorkPermission.Kind.VOLUNTEER : WorkPermission.Kind.PAID;
        var permission = WorkPermission.assess(rules, group, rights, kind, start);
        switch (permission.verdict()) {
            case NOT_YET, NOT_ALLOWED, CHECK_STATUS, DECLARATION_NEEDED -> {
                return false;
            }
            case PERMIT_NEEDED -> {
                if (!permitWilling || withoutPermit) {
                    return false;
                }
                flags.add("PERMIT_NEEDED");
            }
            case ALLOWED_AFTER_NOTIFICATION -> flags.add("UWV_NOTIFICATION");
            case ALLOWED -> {
                // nothing to flag
            }
        }
        return true;
    }

    /**
     * Vacancies whose start (today, when it has passed) falls in a period in which the person may do
     * that kind of work: volunteer work in the volunteer periods, other work in the periods it is
     * allowed, or needs a permit when the employer is willing to apply for one.
     */
    private Query startsWhenAllowed(CandidateProfile person, boolean withoutPermit) {
        var allowed = EnumSet.of(WorkPermission.Verdict.ALLOWED, WorkPermission.Verdict.ALLOWED_AFTER_NOTIFICATION);
        List<Query> options = new ArrayList<>();
        for (var kind : WorkPermission.Kind.values()) {
            Query type = kind == WorkPermission.Kind.VOLUNTEER ? term("type", VacancyType.VOLUNTEER.name())
                    : Query.of(q -> q.bool(b -> b.mustNot(term("type", VacancyType.VOLUNTEER.name()))));
            for (var period : WorkPermission.periods(rules, person.group(), person.rightToWork(), kind, today())) {
                Query starts = startsIn(period);
                if (allowed.contains(period.verdict())) {
                    options.add(Query.of(q -> q.bool(b -> b.filter(type).filter(starts))));
                } else if (period.verdict() == WorkPermission.Verdict.PERMIT_NEEDED && !withoutPermit
                        && kind == WorkPermission.Kind.PAID) {
                    options.add(Query.of(q -> q.bool(b -> b.filter(type).filter(starts)
                            .filter(f -> f.term(t -> t.field("permit_willing").value(true))))));
                }
            }
        }
        if (options.isEmpty()) {
            return Query.of(q -> q.bool(b -> b.mustNot(m -> m.matchAll(a -> a))));
        }
        return Query.of(q -> q.bool(b -> b.should(options).minimumShouldMatch("1")));
    }

    /** Vacancies that start in a period, counting a start that has passed as starting today. */
    private Query startsIn(WorkPermission.Period period) {
        LocalDate today = today();
        if (!period.from().isAfter(today)) {
            return period.until() == null ? Query.of(q -> q.matchAll(a -> a))
                    : dateRange("start_date", null, period.until().minusDays(1));
        }
        return dateRange("start_date", period.from(), period.until() == null ? null : period.until().minusDays(1));
    }

    private static Query dateRange(String field, @Nullable LocalDate gte, @Nullable LocalDate lte) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (gte != null) {
                d.gte(gte.toString());
            }
            if (lte != null) {
                d.lte(lte.toString());
            }
            return d;
        })));
    }

    /** A dual trajectory accepts a Dutch level one step below its requirement: the work teaches the rest. */
    private static int requiredDutchRank(VacancyType type, int rank) {
        return type == VacancyType.DUAL_TRAJECTORY ? Math.max(0, rank - 1) : rank;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate startOf(VacancyView vacancy) {
        return vacancy.startDate() == null || vacancy.startDate().isBefore(today()) ? today() : vacancy.startDate();
    }

    private @Nullable GeoPoint placeOf(UUID locationId) {
        return places.of(locationId);
    }

    /** The labels (Dutch and English) of the work a person did: what the lexical factor looks for. */
    private String occupationWords(CandidateProfile person) {
        List<String> words = new ArrayList<>();
        for (String uri : person.occupations().keySet()) {
            taxonomy.occupation(uri).ifPresent(o -> {
                words.add(o.label("nl"));
                words.add(o.label("en"));
            });
        }
        return String.join(" ", words);
    }

    /**
     * People available by a date. Documents of definition v3 always hold {@code available_from}; while
     * an older index is still in use, documents without it count as available now.
     */
    private static Query availableBy(LocalDate date, boolean current) {
        Query range = Query.of(q -> q.range(r -> r.date(d -> d.field("available_from").lte(date.toString()))));
        if (current) {
            return range;
        }
        return Query.of(q -> q.bool(b -> b.should(range)
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("available_from")))))
                .minimumShouldMatch("1")));
    }

    private static RightToWork rights(Map<String, Object> doc) {
        @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) doc.getOrDefault("right_to_work",
                Map.of());
        return new RightToWork(date(r.get("asylum_procedure_start")),
                PermitStatus.valueOf((String) r.getOrDefault("permit_status", PermitStatus.NOT_NEEDED.name())),
                date(r.get("permit_status_date")), date(r.get("uwv_notified_on")),
                Boolean.TRUE.equals(r.get("volunteer_declaration")),
                AsylumTrack.valueOf((String) r.getOrDefault("asylum_track", AsylumTrack.UNKNOWN.name())));
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return value instanceof String text ? LocalDate.parse(text) : null;
    }

    private static List<String> strings(@Nullable Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static int number(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static List<String> days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).toList();
    }

    /**
     * One named factor that adds {@code each} for every value of {@code values} the document has in
     * {@code field}: its score is the sum, which is what the explanation shows.
     */
    private static void addSum(List<Query> should, String name, double each, String field, Collection<String> values) {
        if (values.isEmpty() || each <= 0) {
            return;
        }
        List<Query> clauses = values.stream().sorted().map(v -> Query.of(q -> q.constantScore(c -> c
                .filter(term(field, v)).boost((float) each)))).toList();
        should.add(Query.of(q -> q.bool(b -> b.should(clauses).queryName(name))));
    }

    private static Query named(String name, double boost, Query inner) {
        return Query.of(q -> q.constantScore(c -> c.filter(inner).boost((float) boost).queryName(name)));
    }

    /** Vacancies with at least one essential skill of which the person has as many as the field says. */
    private static Query coverage(Set<String> skills, String countField) {
        List<String> values = List.copyOf(skills);
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.termsSet(t -> t.field("essential_skills")
                        .terms(values.stream().map(FieldValue::of).toList())
                        .minimumShouldMatchField(countField)))
                .filter(range("essential_skill_count", 1, null))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    private static Query range(String field, @Nullable Integer gte, @Nullable Integer lte) {
        return Query.of(q -> q.range(r -> r.number(n -> {
            n.field(field);
            if (gte != null) {
                n.gte((double) gte);
            }
            if (lte != null) {
                n.lte((double) lte);
            }
            return n;
        })));
    }

    static double distanceKm(GeoPoint a, double lat, double lon) {
        double dLat = Math.toRadians(lat - a.latitude());
        double dLon = Math.toRadians(lon - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}

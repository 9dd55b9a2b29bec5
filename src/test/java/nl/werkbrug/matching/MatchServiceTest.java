package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.organisation.LocationType;
import nl.werkbrug.organisation.NewLocation;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.TaxonomyService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching both ways on the real Elasticsearch: hard limits (right to work on the start date, the
 * volunteer declaration, each person's travel distance), the level rule, the language-day rule of
 * dual trajectories, explanations made of the engine's own named-query scores, and no personal data
 * in the index or in what an employer sees.
 */
@IntegrationTest
class MatchServiceTest {

    @Autowired
    MatchService matches;
    @Autowired
    Places places;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    EmployerService employers;
    @Autowired
    nl.werkbrug.organisation.OrganisationService organisations;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    tools.jackson.databind.ObjectMapper json;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void proposes_only_who_may_work_there_and_can_get_there_and_explains_the_score() throws Exception {
        UUID vacancyId = jdbc.sql("""
                        select id from vacancy where status = 'OPEN' and type = 'JOB' and permit_willing = true
                        order by id limit 1""").query(UUID.class).single();
        VacancyView vacancy = SystemTask.call("test", () -> vacancies.get(new VacancyId(vacancyId)));
        UUID elsewhere = jdbc.sql("select id from location where id <> ? order by id limit 1")
                .param(vacancy.locationId()).query(UUID.class).single();
        LocalDate today = LocalDate.now();

        UUID free = register(vacancy, vacancy.locationId(), NewcomerGroup.STATUS_HOLDER_WI2021, RightToWork.free(), 25);
        UUID tooEarly = register(vacancy, vacancy.locationId(), NewcomerGroup.ASYLUM_SEEKER,
                new RightToWork(today.minusMonths(2), PermitStatus.NEEDED, null, null, false), 25);
        UUID withPermit = register(vacancy, vacancy.locationId(), NewcomerGroup.ASYLUM_SEEKER,
                new RightToWork(today.minusMonths(8), PermitStatus.NEEDED, null, null, false), 25);
        UUID tooFar = register(vacancy, elsewhere, NewcomerGroup.STATUS_HOLDER_WI2021, RightToWork.free(), 0);
        for (UUID id : List.of(free, tooEarly, withPermit, tooFar)) {
            awaitIndexed(id);
        }

        var found = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(vacancyId), 20));
        var ids = found.stream().map(MatchService.Match::id).toList();
        assertThat(ids).contains(free.toString(), withPermit.toString())
                .as("an asylum seeker two months in the procedure may not do paid work")
                .doesNotContain(tooEarly.toString())
                .as("beyond the person's own travel distance").doesNotContain(tooFar.toString());
        assertThat(found.stream().filter(m -> m.id().equals(withPermit.toString())).findFirst().orElseThrow()
                .flags()).as("shown, marked: the employer is willing to apply for a permit").contains("PERMIT_NEEDED");
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

        var best = found.stream().filter(m -> m.id().equals(free.toString())).findFirst().orElseThrow();
        assertThat(best.factors()).extracting(MatchService.Factor::name).contains("essential_skills", "occupation",
                "dutch_level");
        double sum = best.factors().stream().mapToDouble(MatchService.Factor::score).sum();
        assertThat(sum).as("the factors are the score").isCloseTo(best.score(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(best.gaps()).noneMatch(g -> g.kind().equals("SKILL"));
        // words in common (BM25) depend on how long each profile's text is, so they are left out here
        assertThat(found).as("no one ranks above someone who has everything the vacancy asks")
                .allSatisfy(m -> assertThat(structured(m)).isLessThanOrEqualTo(structured(best) + 0.01));
    }

    @Test
    void the_hard_limits_are_filters_of_the_search_itself_not_only_checks_afterwards() throws Exception {
        // not the vacancy of the test above: the people made here would compete with its candidates
        UUID vacancyId = jdbc.sql("""
                select id from vacancy where status = 'OPEN' and type = 'JOB' and permit_willing = false
                order by id limit 1""").query(UUID.class).single();
        VacancyView vacancy = SystemTask.call("test", () -> vacancies.get(new VacancyId(vacancyId)));
        LocalDate today = LocalDate.now();
        UUID tooEarly = register(vacancy, vacancy.locationId(), NewcomerGroup.ASYLUM_SEEKER,
                new RightToWork(today.minusMonths(2), PermitStatus.NEEDED, null, null, false), 25);
        UUID near = register(vacancy, vacancy.locationId(), NewcomerGroup.STATUS_HOLDER_WI2021,
                RightToWork.free(), 0);
        awaitIndexed(tooEarly);
        awaitIndexed(near);
        // the periods of the dated rules are in the index: paid work with a permit from six months on
        assertThat(hits(tooEarly, Query.of(q -> q.term(t -> t.field("paid_allowed").value(today.toString())))))
                .isZero();
        assertThat(hits(tooEarly, Query.of(q -> q.term(t -> t.field("paid_with_permit")
                .value(today.plusMonths(3).toString()))))).isZero();
        assertThat(hits(tooEarly, Query.of(q -> q.term(t -> t.field("paid_with_permit")
                .value(today.minusMonths(2).plusMonths(6).toString()))))).isOne();
        assertThat(hits(tooEarly, Query.of(q -> q.term(t -> t.field("volunteer_allowed")
                .value(today.toString()))))).as("no volunteer declaration").isZero();
        // travel: someone who travels 0 km is reached from their own location only
        var here = SystemTask.call("test", () -> places.of(vacancy.locationId()));
        assertThat(hits(near, places.reachedFrom(here, MatchService.COARSE_RADIUS_KM))).isOne();
        UUID elsewhere = jdbc.sql("select id from location where id <> ? order by id limit 1")
                .param(vacancy.locationId()).query(UUID.class).single();
        var there = SystemTask.call("test", () -> places.of(elsewhere));
        assertThat(hits(near, places.reachedFrom(there, MatchService.COARSE_RADIUS_KM))).isZero();
        assertThat(hits(tooEarly, places.reachedFrom(there, MatchService.COARSE_RADIUS_KM)))
                .isEqualTo(MatchService.distanceKm(here, there.latitude(), there.longitude()) <= 25 ? 1 : 0);
    }

    private long hits(UUID candidate, Query filter) throws Exception {
        return client.count(c -> c.index(SearchSync.CANDIDATES).query(q -> q.bool(b -> b
                .filter(f -> f.ids(i -> i.values(candidate.toString()))).filter(filter)))).count();
    }

    @Test
    void the_api_answers_matches_with_factors_explained_in_the_callers_language() throws Exception {
        UUID vacancyId = jdbc.sql("select id from vacancy where status = 'OPEN' order by id limit 1")
                .query(UUID.class).single();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/vacancies/" + vacancyId + "/matches?limit=5"))
                .header("Authorization", "Bearer demo-token").header("Accept-Language", "ar").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("matches").size()).isBetween(1, 5);
        var first = body.get("matches").get(0);
        assertThat(first.get("id").asString()).isNotBlank();
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("factors").get(0).get("text").asString()).matches(".*\\p{IsArabic}.*");
        assertThat(response.body()).doesNotContain("given_name", "email", "phone");
        assertThat(new nl.werkbrug.support.Http(port).get("/api/v1/vacancies/" + vacancyId + "/matches", null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void a_master_engineer_ranks_engineering_above_cleaning_which_is_flagged_below_level() throws Exception {
        UUID location = someLocation();
        var engineer = occupation("civil engineer", "214");
        var cleaner = occupation("office cleaner", "9");
        List<String> engineering = engineer.essentialSkills().stream().limit(6).toList();
        List<String> cleaning = cleaner.essentialSkills().stream().limit(4).toList();
        UUID person = register("Level", location, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.B2, 7,
                Map.of(engineer.uri(), 60, cleaner.uri(), 6), union(engineering, cleaning), Set.of(),
                weekdays(50, Set.of()), RightToWork.free());
        UUID engineeringJob = post(draft("Ingenieur waterbouw", VacancyType.JOB, engineer.uri(), engineering,
                CefrLevel.B1, 6, location, Set.of(DayOfWeek.MONDAY), Set.of()));
        UUID cleaningJob = post(draft("Schoonmaker kantoren", VacancyType.JOB, cleaner.uri(), cleaning,
                CefrLevel.A1, null, location, Set.of(DayOfWeek.MONDAY), Set.of()));
        awaitIndexed(SearchSync.CANDIDATES, person);
        awaitIndexed(SearchSync.VACANCIES, engineeringJob);
        awaitIndexed(SearchSync.VACANCIES, cleaningJob);

        var found = SystemTask.call("test", () -> matches.vacanciesFor(new CandidateId(person), 50));
        var ids = found.stream().map(MatchService.Match::id).toList();
        assertThat(ids).contains(engineeringJob.toString(), cleaningJob.toString());
        assertThat(ids.indexOf(engineeringJob.toString())).as("work at the person's level first")
                .isLessThan(ids.indexOf(cleaningJob.toString()));
        var atLevel = found.get(ids.indexOf(engineeringJob.toString()));
        var below = found.get(ids.indexOf(cleaningJob.toString()));
        assertThat(below.flags()).contains("BELOW_LEVEL");
        assertThat(atLevel.flags()).doesNotContain("BELOW_LEVEL");
        assertThat(atLevel.factors()).extracting(MatchService.Factor::name).contains("level", "essential_skills",
                "occupation");
        assertThat(atLevel.factors().stream().mapToDouble(MatchService.Factor::score).sum())
                .as("the factors are the score").isCloseTo(atLevel.score(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void a_dual_trajectory_prefers_who_has_language_class_on_other_days_and_accepts_a_step_lower_dutch()
            throws Exception {
        UUID location = someLocation();
        var kitchen = occupation("kitchen assistant", "9");
        List<String> skills = kitchen.essentialSkills().stream().limit(3).toList();
        UUID dual = post(draft("Keukenhulp met taal op de werkvloer", VacancyType.DUAL_TRAJECTORY, kitchen.uri(),
                skills, CefrLevel.B1, null, location, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY), Set.of(DayOfWeek.THURSDAY)));
        UUID free = register("Vrij", location, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.A2, 2,
                Map.of(kitchen.uri(), 12), Set.copyOf(skills), Set.of(),
                weekdays(25, EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)), RightToWork.free());
        UUID clash = register("Les", location, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.A2, 2,
                Map.of(kitchen.uri(), 12), Set.copyOf(skills), Set.of(),
                weekdays(25, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)), RightToWork.free());
        awaitIndexed(SearchSync.VACANCIES, dual);
        awaitIndexed(SearchSync.CANDIDATES, free);
        awaitIndexed(SearchSync.CANDIDATES, clash);

        var found = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(dual), 100));
        var ids = found.stream().map(MatchService.Match::id).toList();
        assertThat(ids).contains(free.toString(), clash.toString());
        assertThat(ids.indexOf(free.toString())).isLessThan(ids.indexOf(clash.toString()));
        var fits = found.get(ids.indexOf(free.toString()));
        var clashes = found.get(ids.indexOf(clash.toString()));
        assertThat(fits.factors()).extracting(MatchService.Factor::name).contains("language_days", "dutch_level");
        assertThat(clashes.factors()).extracting(MatchService.Factor::name).doesNotContain("language_days");
        assertThat(clashes.gaps()).contains(new MatchService.Gap("LANGUAGE_DAYS", "MONDAY,TUESDAY"));
        assertThat(fits.gaps()).as("A2 is enough to start a dual trajectory that asks B1")
                .noneMatch(g -> g.kind().equals("DUTCH_LEVEL"));

        var asJob = SystemTask.call("test", () -> matches.vacanciesFor(new CandidateId(clash), 100)).stream()
                .filter(m -> m.id().equals(dual.toString())).findFirst().orElseThrow();
        assertThat(asJob.gaps()).as("the other way round too").extracting(MatchService.Gap::kind)
                .contains("LANGUAGE_DAYS");
    }

    @Test
    void volunteer_work_needs_the_volunteer_declaration_and_a_far_away_person_is_not_proposed() throws Exception {
        UUID location = someLocation();
        var gardener = occupation("gardener", "6");
        List<String> skills = gardener.essentialSkills().stream().limit(3).toList();
        UUID volunteering = post(draft("Vrijwilliger buurttuin", VacancyType.VOLUNTEER, gardener.uri(), skills,
                CefrLevel.A0, null, location, Set.of(DayOfWeek.SATURDAY), Set.of()));
        LocalDate today = LocalDate.now();
        UUID without = register("Zonder", location, NewcomerGroup.ASYLUM_SEEKER, CefrLevel.A1, 2,
                Map.of(gardener.uri(), 24), Set.copyOf(skills), Set.of(), weekdays(25, Set.of()),
                new RightToWork(today.minusMonths(2), PermitStatus.NEEDED, null, null, false));
        UUID with = register("Met", location, NewcomerGroup.ASYLUM_SEEKER, CefrLevel.A1, 2,
                Map.of(gardener.uri(), 24), Set.copyOf(skills), Set.of(), weekdays(25, Set.of()),
                new RightToWork(today.minusMonths(2), PermitStatus.NEEDED, null, null, true));
        awaitIndexed(SearchSync.VACANCIES, volunteering);
        awaitIndexed(SearchSync.CANDIDATES, without);
        awaitIndexed(SearchSync.CANDIDATES, with);

        var ids = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(volunteering), 100)).stream()
                .map(MatchService.Match::id).toList();
        assertThat(ids).contains(with.toString()).doesNotContain(without.toString());
        assertThat(SystemTask.call("test", () -> matches.vacanciesFor(new CandidateId(without), 100)))
                .extracting(MatchService.Match::id).doesNotContain(volunteering.toString());
    }

    @Test
    void a_page_that_loses_hits_to_the_exact_distance_check_is_followed_by_the_next_page() throws Exception {
        // The search filters on travel steps, which round a distance up: someone who travels 11 km
        // is in the 15 km step, so a person 13 km away passes the search and is dropped by the
        // exact check after it. Thirty of them score highest; the page of hits must not end there.
        UUID here = someLocation();
        var point = SystemTask.call("test", () -> places.of(here));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID away = SystemTask.call("test", () -> organisations.register(new NewLocation(
                "Dertien kilometer noord " + marker, LocationType.MUNICIPALITY, "Test",
                point.latitude() + 13 / 111.195, point.longitude(), null, null))).id().value();
        var baker = occupation("baker", "7512");
        List<String> skills = baker.essentialSkills().stream().sorted().limit(5).toList();
        UUID bakery = post(draft("Bakker " + marker, VacancyType.JOB, baker.uri(), skills, CefrLevel.A0, null,
                here, Set.of(DayOfWeek.MONDAY), Set.of()));
        List<UUID> beyondReach = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            beyondReach.add(register("Ver " + i, away, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.C1, 3,
                    Map.of(baker.uri(), 36), Set.copyOf(skills), Set.of(), weekdays(11, Set.of()),
                    RightToWork.free()));
        }
        List<UUID> nearby = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            nearby.add(register("Dichtbij " + i, here, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.C1, 3,
                    Map.of(baker.uri(), 12), Set.of(skills.getFirst()), Set.of(), weekdays(25, Set.of()),
                    RightToWork.free()));
        }
        awaitIndexed(SearchSync.VACANCIES, bakery);
        for (UUID id : beyondReach) {
            awaitIndexed(id);
        }
        for (UUID id : nearby) {
            awaitIndexed(id);
        }

        var found = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(bakery), 20));
        assertThat(found).as("twenty asked, and more than twenty may do it and can get there").hasSize(20)
                .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(found).extracting(MatchService.Match::id)
                .as("13 km is beyond a travel distance of 11 km")
                .doesNotContainAnyElementsOf(beyondReach.stream().map(UUID::toString).toList());
        var second = SystemTask.call("test", () -> matches.candidatesFor(new VacancyId(bakery),
                MatchService.Filter.NONE, 20, 20));
        assertThat(second).extracting(MatchService.Match::id)
                .as("the next page continues where the first ended")
                .doesNotContainAnyElementsOf(found.stream().map(MatchService.Match::id).toList())
                .doesNotContainAnyElementsOf(beyondReach.stream().map(UUID::toString).toList());
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("employer")
    void no_protected_attribute_reaches_the_index_or_the_employers_view() throws Exception {
        var employer = employers.mine().orElseThrow();
        UUID location = someLocation();
        var cook = occupation("cook", "5120");
        List<String> skills = cook.essentialSkills().stream().limit(4).toList();
        UUID job = vacancies.post(new VacancyDraft(employer.id().value(), "Kok", "", VacancyType.JOB, cook.uri(),
                Set.copyOf(skills), Set.of(), CefrLevel.A2, null, 24, 32, Set.of(DayOfWeek.MONDAY), Set.of(),
                location, new java.math.BigDecimal("15.00"), null, 1, false)).id().value();
        UUID person = SystemTask.call("test", () -> candidates.register(new CandidateDraft(
                new ContactDetails("Zaynab", "Verborgen", "zaynab.verborgen@example.net", "+31 6 12345678"),
                NewcomerGroup.STATUS_HOLDER_WI2021, location, CefrLevel.B1, Map.of("ar", CefrLevel.C2), 4,
                Map.of(cook.uri(), 48), Set.copyOf(skills), Set.of(Certificate.HACCP), weekdays(25, Set.of()),
                RightToWork.free(), true, null, null, null, Map.of()))).id().value();
        awaitIndexed(SearchSync.VACANCIES, job);
        awaitIndexed(SearchSync.CANDIDATES, person);

        var stored = client.get(g -> g.index(SearchSync.CANDIDATES).id(person.toString()), Map.class).source();
        assertThat(stored).doesNotContainKeys("name", "given_name", "family_name", "email", "phone", "contact",
                "nationality", "religion", "ethnicity", "health", "birth_date", "age", "gender", "photo");
        assertThat(json.writeValueAsString(stored)).doesNotContain("Zaynab", "Verborgen", "example.net", "12345678");

        var seen = matches.anonymousCandidatesFor(new VacancyId(job), 0, 100);
        var mine = seen.stream().filter(m -> m.id().equals(person.toString())).findFirst().orElseThrow();
        assertThat(mine.candidate()).isNotNull();
        assertThat(mine.candidate().skills()).containsAll(skills);
        assertThat(mine.candidate().certificates()).contains("HACCP");
        assertThat(json.writeValueAsString(seen)).doesNotContain("Zaynab", "Verborgen", "example.net", "12345678",
                "STATUS_HOLDER");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> matches.candidatesFor(new VacancyId(job), 5))
                .as("the named list is for jobhunters")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_api_answers_vacancies_for_a_candidate_with_gaps_and_steps_in_the_callers_language()
            throws Exception {
        UUID location = someLocation();
        var cook = occupation("cook", "5120");
        List<String> skills = cook.essentialSkills().stream().limit(6).toList();
        UUID job = post(draft("Kok in de bedrijfskeuken", VacancyType.JOB, cook.uri(), skills, CefrLevel.B1, null,
                location, Set.of(DayOfWeek.MONDAY), Set.of()));
        UUID person = register("Api", location, NewcomerGroup.STATUS_HOLDER_WI2021, CefrLevel.A2, 3,
                Map.of(cook.uri(), 24), Set.copyOf(skills.subList(0, 3)), Set.of(), weekdays(25, Set.of()),
                RightToWork.free());
        awaitIndexed(SearchSync.VACANCIES, job);
        awaitIndexed(SearchSync.CANDIDATES, person);
        var response = new nl.werkbrug.support.Http(port).get("/api/v1/candidates/" + person + "/matches?limit=50",
                "demo-token", "ar");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        tools.jackson.databind.JsonNode match = null;
        for (var m : body.get("matches")) {
            if (m.get("id").asString().equals(job.toString())) {
                match = m;
            }
        }
        assertThat(match).as(response.body()).isNotNull();
        assertThat(match.get("gaps").toString()).contains("SKILL", "DUTCH_LEVEL");
        assertThat(match.get("steps").size()).isBetween(1, 2);
        assertThat(match.get("steps").get(0).get("text").asString()).matches(".*\\p{IsArabic}.*");
        assertThat(match.get("factors").get(0).get("text").asString()).matches(".*\\p{IsArabic}.*");
    }

    /** Someone with everything the vacancy asks: its occupation, all its skills and certificates, enough education. */
    private UUID register(VacancyView vacancy, UUID location, NewcomerGroup group, RightToWork rights, int travelKm) {
        int education = vacancy.educationLevel() == null ? 3 : Math.max(3, vacancy.educationLevel());
        return register("Test " + group, location, group, CefrLevel.C1, education, Map.of(vacancy.occupationUri(), 36),
                union(List.copyOf(vacancy.essentialSkills()), List.copyOf(vacancy.optionalSkills())),
                vacancy.certificates(), new Availability(null, 24, 40,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), travelKm), rights);
    }

    /** The score without the lexical factor. */
    private static double structured(MatchService.Match match) {
        return match.factors().stream().filter(f -> !f.name().equals("text")).mapToDouble(MatchService.Factor::score)
                .sum();
    }

    private UUID register(String name, UUID location, NewcomerGroup group, CefrLevel dutch, Integer education,
                          Map<String, Integer> occupations, Set<String> skills, Set<Certificate> certificates,
                          Availability availability, RightToWork rights) {
        var draft = new CandidateDraft(new ContactDetails("Match", name, null, null), group, location, dutch,
                Map.of(), education, occupations, skills, certificates, availability, rights, true, null, null, null,
                Map.of());
        return SystemTask.call("test", () -> candidates.register(draft)).id().value();
    }

    private static Availability weekdays(int travelKm, Set<DayOfWeek> classDays) {
        return new Availability(null, 16, 40, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), travelKm, classDays);
    }

    private VacancyDraft draft(String title, VacancyType type, String occupation, List<String> essentials,
                               CefrLevel dutch, Integer education, UUID location, Set<DayOfWeek> workDays,
                               Set<DayOfWeek> languageDays) {
        UUID employer = jdbc.sql("select id from employer order by id limit 1").query(UUID.class).single();
        return new VacancyDraft(employer, title, "", type, occupation, Set.copyOf(essentials), Set.of(), dutch,
                education, 8, 32, workDays, languageDays, location,
                type == VacancyType.VOLUNTEER ? null : new java.math.BigDecimal("16.00"), null, 1, false);
    }

    private UUID post(VacancyDraft draft) {
        return SystemTask.call("test", () -> vacancies.post(draft)).id().value();
    }

    private UUID someLocation() {
        return jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
    }

    private nl.werkbrug.taxonomy.Occupation occupation(String englishTitle, String iscoPrefix) {
        return taxonomy.searchOccupations(englishTitle, "en", 10).stream()
                .map(m -> taxonomy.occupation(m.uri()).orElseThrow())
                .filter(o -> o.iscoCode().startsWith(iscoPrefix) && o.essentialSkills().size() >= 6)
                .findFirst().orElseThrow(() -> new AssertionError("no ESCO occupation " + englishTitle));
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void awaitIndexed(UUID id) throws Exception {
        awaitIndexed(SearchSync.CANDIDATES, id);
    }

    private void awaitIndexed(String index, UUID id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!client.exists(e -> e.index(index).id(id.toString())).value()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        client.indices().refresh(r -> r.index(index));
        assertThat(client.exists(e -> e.index(index).id(id.toString())).value()).isTrue();
    }
}

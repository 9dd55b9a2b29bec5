package nl.werkbrug.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.employer.EmployerNetwork;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.NetworkEvents;
import nl.werkbrug.employer.NewEmployer;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.organisation.NewLocation;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.placement.CaseNotes;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.organisation.NewOrganisation;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationType;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.ApiScope;
import nl.werkbrug.security.ApiTokenService;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserId;
import nl.werkbrug.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the Zeist region: reception locations and municipalities, 25
 * employers with 50 vacancies of every type and their profiles in the network of inclusive employers,
 * the coming job fair for speakers of other languages, 60 candidates of every group with a few routes to
 * work, notes, tasks, anonymous learning points and an invitation for the demo newcomer, the five demo accounts
 * (password {@code demo}) and the API token {@code demo-token}; then a year of history for the
 * monitor ({@link DemoHistory}). Only under the {@code demo} profile; the same data every time.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final String TOKEN = "demo-token";
    static final long SEED = 20_240_401L;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserService users;
    private final ApiTokenService tokens;
    private final OrganisationService organisations;
    private final EmployerService employers;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final EmployerNetwork network;
    private final NetworkEvents events;
    private final Shortlist shortlist;
    private final Routes routes;
    private final CaseNotes caseNotes;
    private final Introductions introductions;
    private final LearningPoints learningPoints;
    private final java.time.Clock clock;
    private final DemoHistory history;

    DemoData(UserService users, ApiTokenService tokens, OrganisationService organisations, EmployerService employers,
             VacancyService vacancies, CandidateService candidates, EmployerNetwork network, NetworkEvents events,
             Shortlist shortlist, Routes routes, CaseNotes caseNotes, Introductions introductions,
             LearningPoints learningPoints, java.time.Clock clock, DemoHistory history) {
        this.learningPoints = learningPoints;
        this.history = history;
        this.shortlist = shortlist;
        this.routes = routes;
        this.caseNotes = caseNotes;
        this.introductions = introductions;
        this.users = users;
        this.tokens = tokens;
        this.organisations = organisations;
        this.employers = employers;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.network = network;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run("demo-data", () -> {
            if (users.findId("admin").isPresent()) {
                log.info("Demo data already present");
            } else {
                generate();
            }
            DemoLearningPoints.createIfNone(organisations, learningPoints, clock);
            history.createIfAbsent();
        });
    }

    private void generate() {
        var esco = DemoEsco.load();
        Map<String, UUID> places = new HashMap<>();
        for (var place : concat(DemoPlaces.RECEPTION, DemoPlaces.MUNICIPALITIES)) {
            places.put(place.name(), organisations.register(new NewLocation(place.name(), place.type(),
                    place.municipality(), place.latitude(), place.longitude(), null, place.capacity())).id().value());
        }
        OrganisationView municipality = organisations.register(
                new NewOrganisation("Gemeente Zeist", OrganisationType.MUNICIPALITY, "Zeist"));
        organisations.register(new NewOrganisation("RSD Kromme Rijn Heuvelrug", OrganisationType.SOCIAL_SERVICE, "Zeist"));
        organisations.register(new NewOrganisation("COA", OrganisationType.COA, null));

        var random = new java.util.Random(SEED);
        List<EmployerView> companies = DemoEmployers.ALL.stream()
                .map(c -> employers.register(new NewEmployer(c.name(), String.format("%08d", 10_000_000
                        + random.nextInt(89_999_999)), c.sector(), c.municipality(), null, null)))
                .toList();
        var vacancyFactory = new DemoVacancies(esco, places, clock, SEED);
        var posted = vacancyFactory.drafts(companies, DemoEmployers.ALL).stream().map(vacancies::post).toList();
        DemoNetwork.create(companies, network, events, clock);

        var jobhunterLocations = Set.of(places.get(DemoPlaces.KAMP_VAN_ZEIST.name()),
                places.get(DemoPlaces.WALAARDT_SACRE.name()), places.get(DemoPlaces.DIJNSELBURG.name()),
                places.get(DemoPlaces.ZEIST.name()));
        UserId jobhunter = account("jobhunter", "Sanne de Jobhunter", Role.JOBHUNTER, jobhunterLocations, null);
        UserId newcomer = account("newcomer", "Demo Nieuwkomer", Role.NEWCOMER, Set.of(), null);
        account("employer", "Demo Werkgever", Role.EMPLOYER, Set.of(), companies.get(1).organisationId());
        account("municipality", "Demo Gemeente", Role.MUNICIPALITY, Set.of(), municipality.id().value());
        UserId admin = account("admin", "Demo Beheerder", Role.ADMIN, Set.of(), null);
        tokens.createWithValue(admin, "demo", EnumSet.allOf(ApiScope.class), null, TOKEN);

        var candidateFactory = new DemoCandidates(esco, places, clock, SEED);
        var drafts = candidateFactory.drafts(jobhunter.value(), newcomer.value());
        var people = drafts.stream().map(candidates::register).toList();
        DemoRoutes.create(people, posted, companies.get(1).id(), newcomer.value(), shortlist, routes, caseNotes,
                introductions,
                clock);
        log.info("Demo data created: {} locations, {} employers, {} vacancies, {} candidates", places.size(),
                companies.size(), DemoVacancies.COUNT, drafts.size());
    }

    private UserId account(String username, String name, Role role, Set<UUID> locations, UUID organisation) {
        return users.create(new NewUser(username, PASSWORD, name, Set.of(role), locations, organisation, null));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}

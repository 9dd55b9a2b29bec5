package nl.werkbrug.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.AsylumTrack;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.CefrLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of history for the municipality's monitor: about 150 more people (from {@link HistoryPlans})
 * with their intakes spread over the last fifteen months, the vacancies of the pilot year they started
 * in (filled and closed since, from {@link HistoryVacancies}), their tracks towards work and the permit
 * histories of asylum seekers.
 * <p>
 * This is how an import of a pilot year's history looks: the people are registered through the
 * candidate service (without consent to matching, so they stay out of the search index) with the
 * jobhunter of their location, and the dated route and permit rows are written with SQL as the
 * services would have left them ({@link HistoryWriter}), recorded by that jobhunter, each first step
 * noting where it came from; all in one transaction, so a start that fails half-way leaves nothing.
 * The route services themselves date a new track "today", so they cannot write history.
 */
@Component
@Profile("demo")
class DemoHistory {

    static final String IMPORTED = "Overgenomen uit de registratie van de pilot";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final OrganisationService organisations;
    private final UserService users;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;

    DemoHistory(CandidateService candidates, VacancyService vacancies, OrganisationService organisations,
                UserService users, AuditLog auditLog, JdbcClient jdbc, PlatformTransactionManager transactions,
                Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Adds the history once: a demo database made before it gets it at its next start. */
    void createIfAbsent() {
        boolean present = jdbc.sql("select count(*) from route_step where note = ?").param(IMPORTED)
                .query(Long.class).single() > 0;
        var jobhunter = users.findId("jobhunter");
        if (present || jobhunter.isEmpty()) {
            return;
        }
        long began = System.nanoTime();
        var created = transaction.execute(status -> create(jobhunter.get().value()));
        log.info("Demo history created: {} in {} ms", created, (System.nanoTime() - began) / 1_000_000);
    }

    /** The people, the pilot's vacancies, the tracks and permit steps, all at once. */
    private String create(UUID jobhunter) {
        LocalDate today = LocalDate.now(clock);
        Map<String, LocationView> places = new HashMap<>();
        organisations.locations().forEach(l -> places.put(l.name(), l));
        var esco = DemoEsco.load();
        var targets = new HistoryTargets(jdbc, vacancies, places, esco);
        var writer = new HistoryWriter(jdbc, targets, jobhunter, clock);
        List<Imported> people = new java.util.ArrayList<>();
        for (var person : HistoryPlans.all()) {
            var location = places.get(person.place());
            var permits = person.permits().stream()
                    .filter(p -> !intake(person, today).plusDays(p.day()).isAfter(today)).toList();
            UUID id = candidates.register(draft(person, location.id().value(), jobhunter, esco, permits, today))
                    .id().value();
            people.add(new Imported(person, id, location, permits));
        }
        entityManager.flush(); // the rows below refer to the people just registered
        int tracks = 0;
        for (var imported : people) {
            int written = writer.write(imported);
            if (written > 0 || !imported.permits().isEmpty()) {
                auditLog.record("IMPORT", "candidate", imported.id().toString(), "route history of the pilot");
            }
            tracks += written;
        }
        targets.backdate(writer.firstSteps(), today, clock.getZone());
        return people.size() + " people, " + tracks + " tracks";
    }

    /** A registered person of the history and the permit steps that have happened by today. */
    record Imported(HistoryPlans.Person person, UUID id, LocationView location, List<HistoryPlans.PermitPlan> permits) {
    }

    static LocalDate intake(HistoryPlans.Person person, LocalDate today) {
        return today.minusDays(person.daysAgo());
    }

    private static CandidateDraft draft(HistoryPlans.Person person, UUID location, UUID jobhunter, DemoEsco esco,
                                        List<HistoryPlans.PermitPlan> permits, LocalDate today) {
        LocalDate intake = intake(person, today);
        var pool = person.education() >= 6 ? esco.atLevel(3, 4) : esco.atLevel(1, 2);
        var occupation = pool.get((person.given().length() * 7 + person.daysAgo()) % pool.size());
        Set<String> skills = Set.copyOf(occupation.essential().stream().limit(4).map(DemoEsco.Skill::uri).toList());
        Map<String, CefrLevel> languages = new HashMap<>();
        languages.put(person.language(), CefrLevel.C2);
        if (person.education() >= 4) {
            languages.put("en", person.education() >= 6 ? CefrLevel.B2 : CefrLevel.A2);
        }
        var availability = new Availability(intake.plusWeeks(2), 16, person.education() >= 6 ? 40 : 32,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 25);
        return new CandidateDraft(new ContactDetails(person.given(), person.family(), null, null), person.group(),
                location, person.dutch(), languages, person.education(),
                Map.of(occupation.uri(), 12 + person.daysAgo() % 96), skills, Set.of(), availability,
                rightToWork(person, permits, intake), false, intake, null, jobhunter, Map.of());
    }

    private static RightToWork rightToWork(HistoryPlans.Person person, List<HistoryPlans.PermitPlan> permits,
                                           LocalDate intake) {
        if (person.group() == NewcomerGroup.UKRAINIAN) {
            return new RightToWork(null, PermitStatus.NOT_NEEDED, null, null, false);
        }
        if (person.group() != NewcomerGroup.ASYLUM_SEEKER) {
            return RightToWork.free();
        }
        var track = person.daysAgo() % 3 == 0 ? AsylumTrack.LIKELY_GRANTED : AsylumTrack.GENERAL;
        var start = intake.minusDays(30 + person.daysAgo() % 60);
        if (permits.isEmpty()) {
            return new RightToWork(start, PermitStatus.NOT_NEEDED, null, null, true, track);
        }
        var latest = permits.getLast();
        return new RightToWork(start, latest.status(), intake.plusDays(latest.day()), null, true, track);
    }
}

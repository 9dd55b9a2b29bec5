package nl.werkbrug.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.employer.EmployerId;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.placement.CaseNotes;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.placement.StopReason;

/**
 * A few routes to work for the demo: one candidate started in a dual trajectory, others at an
 * interview, on a shortlist or stopped with a reason, one doing volunteer work found elsewhere; some
 * notes and tasks; and an open invitation for the demo newcomer.
 */
final class DemoRoutes {

    private DemoRoutes() {
    }

    static void create(List<CandidateProfile> people, List<VacancyView> vacancies, EmployerId demoEmployer,
                       UUID newcomerAccount, Shortlist shortlist, Routes routes, CaseNotes notes,
                       Introductions introductions, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        // the first of the caseload is left alone: tests shortlist that one and count the entries
        var caseload = people.stream().filter(p -> p.jobhunterId() != null).toList();
        var first = caseload.stream().min(Comparator.comparing(CandidateProfile::intakeDate)
                .thenComparing(p -> p.id().value().toString())).orElse(null);
        var guided = caseload.stream().filter(p -> p.userId() == null && p != first).toList();
        var open = vacancies.stream().filter(v -> v.status() == VacancyStatus.OPEN).toList();
        if (guided.size() < 6 || open.isEmpty()) {
            return;
        }
        java.util.function.BiFunction<VacancyView, CandidateProfile, Routes.Track> keep = (vacancy, person) -> {
            shortlist.add(vacancy.id(), person.id());
            return routes.shortlisted(vacancy.id(), person.id());
        };
        var dual = ofType(open, VacancyType.DUAL_TRAJECTORY);
        var jobs = ofType(open, VacancyType.JOB);

        var started = keep.apply(dual.getFirst(), guided.get(0));
        routes.advance(started.id(), RouteStage.INTERVIEW, today.minusWeeks(5), "Kennismaking op de werkvloer");
        routes.advance(started.id(), RouteStage.TRIAL_OR_PLACEMENT, today.minusWeeks(4), "Twee proefdagen");
        routes.recordStart(started.id(), VacancyType.DUAL_TRAJECTORY, today.minusWeeks(3), true,
                "Drie dagen werk, twee dagen taalles");
        notes.addNote(guided.get(0).id(), "Werkdagen passen bij de taallessen op dinsdag en donderdag.");

        var interview = keep.apply(jobs.get(0), guided.get(1));
        routes.advance(interview.id(), RouteStage.INTERVIEW, today.minusDays(2), "Gesprek met de teamleider");
        notes.addTask(guided.get(1).id(), "Reiskosten voor het gesprek regelen", today.plusDays(3));

        keep.apply(jobs.get(1 % jobs.size()), guided.get(2));
        notes.addTask(guided.get(2).id(), "Diploma laten waarderen bij IDW", today.plusWeeks(2));

        var language = keep.apply(jobs.get(2 % jobs.size()), guided.get(3));
        routes.stop(language.id(), StopReason.LANGUAGE, today.minusWeeks(1), "Eerst Nederlands naar A2");
        var travel = keep.apply(dual.get(1 % dual.size()), guided.get(4));
        routes.stop(travel.id(), StopReason.TRAVEL, today.minusDays(10), null);

        var volunteer = routes.openElsewhere(guided.get(5).id(), new Routes.Elsewhere("Voedselbank Zeist", "Zeist",
                VacancyType.VOLUNTEER, true), "Zelf gevonden via de buurvrouw");
        routes.recordStart(volunteer.id(), VacancyType.VOLUNTEER, today.minusWeeks(6), true, null);

        people.stream().filter(p -> newcomerAccount.equals(p.userId())).findFirst().ifPresent(newcomer ->
                invitationFor(open, demoEmployer).ifPresent(vacancy -> introductions.propose(vacancy.id(), newcomer.id(),
                        "Dit bedrijf zoekt iemand die graag met klanten werkt. Er is een buddy en je kunt "
                                + "je werktijden afstemmen op je taalles. Wil je kennismaken?")));
    }

    /**
     * A vacancy of the demo employer for the newcomer's invitation: not the employer's first by ID
     * (tests ask introductions for that one), or another employer's when it has only one.
     */
    private static java.util.Optional<VacancyView> invitationFor(List<VacancyView> open, EmployerId demoEmployer) {
        var own = open.stream().filter(v -> v.employerId().equals(demoEmployer))
                .sorted(Comparator.comparing(v -> v.id().value().toString())).toList();
        if (own.size() > 1) {
            return java.util.Optional.of(own.getLast());
        }
        return open.stream().filter(v -> !Objects.equals(v.employerId(), demoEmployer)).findFirst();
    }

    private static List<VacancyView> ofType(List<VacancyView> open, VacancyType type) {
        var found = open.stream().filter(v -> v.type() == type).toList();
        return found.isEmpty() ? open : found;
    }
}

package nl.werkbrug.demo;

import static nl.werkbrug.demo.HistoryPlans.Scenario.DUAL;
import static nl.werkbrug.demo.HistoryPlans.Scenario.ELSEWHERE_IN;
import static nl.werkbrug.demo.HistoryPlans.Scenario.ELSEWHERE_OUT;
import static nl.werkbrug.demo.HistoryPlans.Scenario.INTERNSHIP;
import static nl.werkbrug.demo.HistoryPlans.Scenario.JOB_IN;
import static nl.werkbrug.demo.HistoryPlans.Scenario.JOB_OUT;
import static nl.werkbrug.demo.HistoryPlans.Scenario.LANGUAGE_THEN_DUAL;
import static nl.werkbrug.demo.HistoryPlans.Scenario.NOTHING_YET;
import static nl.werkbrug.demo.HistoryPlans.Scenario.SLOW_JOB;
import static nl.werkbrug.demo.HistoryPlans.Scenario.STOPS_THEN_VOLUNTEER;
import static nl.werkbrug.demo.HistoryPlans.Scenario.TRAVEL_STOPS;
import static nl.werkbrug.demo.HistoryPlans.Scenario.VOLUNTEER_EARLY;
import static nl.werkbrug.demo.HistoryPlans.Scenario.VOLUNTEER_LATE;
import static nl.werkbrug.demo.HistoryPlans.Scenario.WAITING;
import static nl.werkbrug.demo.HistoryPlans.Scenario.WORK_EXPERIENCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.StopReason;
import nl.werkbrug.shared.CefrLevel;
import org.jspecify.annotations.Nullable;

/**
 * The pilot year as a jobhunter's registration holds it, relative to today: per person the intake
 * (days before today), education, Dutch, and the tracks towards work with the day after intake of
 * every step, plus the permit history of asylum seekers. Steps that would lie after today are left
 * out when the history is written, so recent intakes stand somewhere along the way. Invented people:
 * common given and family names of the regions the groups come from, combined at random.
 */
final class HistoryPlans {

    /** The level of the work a person's vacancy tracks aim at (ISCO major groups 1-3, or 4-9). */
    enum Level { AT, BELOW }

    /** Where a track leads: a vacancy (employer null) in the person's municipality or not, or work found elsewhere. */
    record Target(boolean inMunicipality, @Nullable String employer, @Nullable String municipality) {

        static Target vacancy(boolean inMunicipality) {
            return new Target(inMunicipality, null, null);
        }

        boolean isVacancy() {
            return employer == null;
        }
    }

    record Step(RouteStage stage, int day, @Nullable StopReason reason) {
    }

    record TrackPlan(Target target, VacancyType kind, List<Step> steps) {

        TrackPlan started(int day) {
            return with(new Step(RouteStage.STARTED, day, null));
        }

        TrackPlan ended(int day) {
            return with(new Step(RouteStage.ENDED, day, null));
        }

        TrackPlan stopped(int day, StopReason reason) {
            return with(new Step(RouteStage.STOPPED, day, reason));
        }

        private TrackPlan with(Step step) {
            var all = new ArrayList<>(steps);
            all.add(step);
            return new TrackPlan(target, kind, List.copyOf(all));
        }
    }

    record PermitPlan(PermitStatus status, int day, @Nullable String employer) {
    }

    record Person(String given, String family, String language, NewcomerGroup group, String place, int daysAgo,
                  int education, CefrLevel dutch, Level level, List<TrackPlan> tracks, List<PermitPlan> permits) {
    }

    /** What happened to a person after intake; the days are days after intake. */
    enum Scenario {
        JOB_IN, JOB_OUT, ELSEWHERE_IN, ELSEWHERE_OUT, DUAL, INTERNSHIP, WORK_EXPERIENCE, VOLUNTEER_EARLY,
        SLOW_JOB, VOLUNTEER_LATE, WAITING, STOPS_THEN_VOLUNTEER, LANGUAGE_THEN_DUAL, TRAVEL_STOPS, NOTHING_YET;

        /** Whether the person ends up working through a vacancy (what the at-level figures count). */
        boolean worksThroughVacancy() {
            return switch (this) {
                case JOB_IN, JOB_OUT, DUAL, INTERNSHIP, WORK_EXPERIENCE, SLOW_JOB, LANGUAGE_THEN_DUAL -> true;
                default -> false;
            };
        }

        List<TrackPlan> tracks(int n) {
            return switch (this) {
                case JOB_IN -> List.of(toward(VacancyType.JOB, true, 7, 7, RouteStage.TRIAL_OR_PLACEMENT).started(55));
                case JOB_OUT -> List.of(toward(VacancyType.JOB, false, 10, 8, RouteStage.INTERVIEW).started(70));
                case ELSEWHERE_IN -> List.of(found(JOBS_HERE, n, VacancyType.JOB, true, 50).started(58));
                case ELSEWHERE_OUT -> List.of(found(VOLUNTEERING, n, VacancyType.VOLUNTEER, true, 20).started(27).ended(80),
                        found(JOBS_AWAY, n, VacancyType.JOB, false, 65).started(75));
                case DUAL -> List.of(toward(VacancyType.DUAL_TRAJECTORY, n % 2 == 0, 10, 9,
                        RouteStage.TRIAL_OR_PLACEMENT).started(80));
                case INTERNSHIP -> List.of(toward(VacancyType.INTERNSHIP, n % 2 == 1, 8, 6, RouteStage.INTERVIEW)
                        .started(50).ended(170));
                case WORK_EXPERIENCE -> List.of(toward(VacancyType.WORK_EXPERIENCE, n % 2 == 0, 5, 6,
                        RouteStage.INTERVIEW).started(45).ended(225));
                case VOLUNTEER_EARLY -> List.of(found(VOLUNTEERING, n, VacancyType.VOLUNTEER, true, 14).started(21),
                        toward(VacancyType.JOB, true, 60, 6, RouteStage.INTERVIEW).stopped(95, StopReason.LANGUAGE));
                case SLOW_JOB -> List.of(toward(VacancyType.JOB, true, 12, 4, RouteStage.SHORTLISTED)
                                .stopped(22, StopReason.TRAVEL),
                        toward(VacancyType.JOB, false, 90, 8, RouteStage.TRIAL_OR_PLACEMENT).started(150));
                case VOLUNTEER_LATE -> List.of(toward(VacancyType.JOB, n % 2 == 0, 20, 6, RouteStage.INTERVIEW)
                                .stopped(50, StopReason.LANGUAGE),
                        found(VOLUNTEERING, n, VacancyType.VOLUNTEER, true, 120).started(130));
                case WAITING -> List.of(toward(VacancyType.JOB, n % 2 == 0, 30, 8, n % 3 == 0
                        ? RouteStage.TRIAL_OR_PLACEMENT : RouteStage.INTERVIEW));
                case STOPS_THEN_VOLUNTEER -> List.of(toward(VacancyType.JOB, true, 15, 7, RouteStage.INTERVIEW)
                                .stopped(48, n % 2 == 0 ? StopReason.EMPLOYER_DECLINED : StopReason.AVAILABILITY),
                        toward(VacancyType.INTERNSHIP, false, 60, 5, RouteStage.SHORTLISTED).stopped(70, StopReason.SKILLS),
                        found(VOLUNTEERING, n, VacancyType.VOLUNTEER, true, 118).started(125));
                case LANGUAGE_THEN_DUAL -> List.of(toward(VacancyType.JOB, true, 10, 6, RouteStage.INTRODUCED)
                                .stopped(35, StopReason.LANGUAGE),
                        toward(VacancyType.DUAL_TRAJECTORY, n % 2 == 0, 100, 7, RouteStage.TRIAL_OR_PLACEMENT)
                                .started(140));
                case TRAVEL_STOPS -> List.of(toward(VacancyType.WORK_EXPERIENCE, false, 20, 5, RouteStage.SHORTLISTED)
                                .stopped(28, StopReason.TRAVEL),
                        toward(VacancyType.JOB, true, 50, 6, RouteStage.INTRODUCTION_ASKED)
                                .stopped(66, StopReason.CANDIDATE_DECLINED));
                case NOTHING_YET -> List.of();
            };
        }
    }

    /** Work people found themselves: in Zeist, elsewhere, and volunteer work (invented names). */
    static final List<String[]> JOBS_HERE = List.of(new String[] {"Taxibedrijf Heuvelrug", "Zeist"},
            new String[] {"Kapsalon Lindenlaan", "Zeist"}, new String[] {"Bakkerij Het Slot", "Zeist"},
            new String[] {"Fietsenwinkel Zeist-Oost", "Zeist"});
    static final List<String[]> JOBS_AWAY = List.of(new String[] {"Pakketdienst Midden-Nederland", "Nieuwegein"},
            new String[] {"Schildersbedrijf De Kwast", "Houten"}, new String[] {"Uitzendbureau Domstad", "Utrecht"},
            new String[] {"Bouwbedrijf Eemkwartier", "Amersfoort"}, new String[] {"Restaurant De Oosterling", "Utrecht"});
    static final List<String[]> VOLUNTEERING = List.of(new String[] {"Voedselbank Zeist", "Zeist"},
            new String[] {"Kringloopwinkel Zeist", "Zeist"}, new String[] {"Taalcafé bibliotheek Zeist", "Zeist"},
            new String[] {"Repair Café Zeist", "Zeist"}, new String[] {"Moestuin van het azc", "Zeist"});

    private static TrackPlan toward(VacancyType kind, boolean inMunicipality, int first, int gap, RouteStage last) {
        List<Step> steps = new ArrayList<>();
        for (RouteStage stage : RouteStage.values()) {
            if (stage.ordinal() > last.ordinal()) {
                break;
            }
            steps.add(new Step(stage, first + gap * stage.ordinal(), null));
        }
        return new TrackPlan(Target.vacancy(inMunicipality), kind, List.copyOf(steps));
    }

    private static TrackPlan found(List<String[]> employers, int n, VacancyType kind, boolean inMunicipality, int day) {
        String[] employer = employers.get(n % employers.size());
        boolean here = inMunicipality && employer[1].equals("Zeist");
        return new TrackPlan(new Target(here, employer[0], employer[1]), kind,
                List.of(new Step(RouteStage.SUGGESTED, day, null)));
    }

    // ---------------------------------------------------------------- the people

    private record Origin(String language, List<String> given, List<String> family) {
    }

    private static final Origin ARABIC = new Origin("ar", List.of("Ahmad", "Rasha", "Mohammed", "Hala", "Omar", "Reem",
            "Yasin", "Dima", "Bashar", "Lina", "Karim", "Nisreen", "Walid", "Maha", "Fadi", "Ghada", "Anas", "Rima"),
            List.of("Haddad", "Khalil", "Nasser", "Darwish", "Saleh", "Mansour", "Youssef", "Ibrahim", "Hamdan",
                    "Kassem", "Al-Masri", "Sabbagh", "Haidar", "Zein"));
    private static final Origin TIGRINYA = new Origin("ti", List.of("Tesfay", "Helen", "Yohannes", "Senait", "Mehari",
            "Rahel", "Filmon", "Saba", "Kibrom", "Meron", "Biniam", "Tsega", "Efrem", "Winta"),
            List.of("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Woldu", "Kidane", "Asfaha",
                    "Gebremariam", "Abraha"));
    private static final Origin DARI = new Origin("fa", List.of("Jawad", "Farzana", "Mohammad", "Parisa", "Hamid",
            "Shabnam", "Nasir", "Zarghona", "Rahim", "Laila", "Sohail", "Nilofar", "Wahid", "Freshta"),
            List.of("Ahmadi", "Rahimi", "Hakimi", "Noori", "Karimi", "Sultani", "Azizi", "Popal", "Wardak", "Safi",
                    "Hashimi", "Amiri"));
    private static final Origin TURKISH = new Origin("tr", List.of("Mehmet", "Elif", "Mustafa", "Zeynep", "Emre",
            "Ayşe", "Burak", "Merve"), List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Arslan", "Doğan"));
    private static final Origin UKRAINIAN = new Origin("uk", List.of("Olha", "Ivan", "Tetiana", "Oleh", "Maryna",
            "Yurii", "Liudmyla", "Roman", "Anastasiia", "Petro", "Viktoriia", "Artem", "Inna", "Vasyl"),
            List.of("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Oliinyk",
                    "Lysenko", "Moroz", "Marchenko", "Savchenko", "Rudenko", "Pavlenko"));
    private static final Origin SOMALI = new Origin("so", List.of("Abdi", "Hodan", "Farah", "Sahra", "Yusuf", "Amran"),
            List.of("Warsame", "Abdullahi", "Jama", "Mohamud", "Egal", "Hersi"));

    static final String KAMP = DemoPlaces.KAMP_VAN_ZEIST.name();

    /** The main cohort, Wi2021 at azc Kamp van Zeist: recent intakes, intakes within the year, and earlier ones. */
    private static final List<Scenario> RECENT = List.of(NOTHING_YET, TRAVEL_STOPS, JOB_IN, VOLUNTEER_EARLY, WAITING,
            JOB_OUT, LANGUAGE_THEN_DUAL, DUAL, NOTHING_YET, JOB_IN, VOLUNTEER_EARLY, TRAVEL_STOPS, JOB_OUT, WAITING,
            LANGUAGE_THEN_DUAL, DUAL, JOB_IN, JOB_OUT);
    private static final List<Scenario> THIS_YEAR = List.of(JOB_IN, WAITING, ELSEWHERE_IN, DUAL, NOTHING_YET,
            INTERNSHIP, TRAVEL_STOPS, WORK_EXPERIENCE, STOPS_THEN_VOLUNTEER, JOB_OUT,
            SLOW_JOB, ELSEWHERE_OUT, VOLUNTEER_LATE, INTERNSHIP, STOPS_THEN_VOLUNTEER, DUAL, LANGUAGE_THEN_DUAL,
            WORK_EXPERIENCE, SLOW_JOB, JOB_IN, VOLUNTEER_LATE, ELSEWHERE_OUT, NOTHING_YET, INTERNSHIP,
            LANGUAGE_THEN_DUAL, WORK_EXPERIENCE, SLOW_JOB, VOLUNTEER_LATE, JOB_OUT, STOPS_THEN_VOLUNTEER, INTERNSHIP,
            LANGUAGE_THEN_DUAL, WAITING, SLOW_JOB, WORK_EXPERIENCE, VOLUNTEER_LATE, JOB_IN, TRAVEL_STOPS,
            STOPS_THEN_VOLUNTEER, NOTHING_YET, VOLUNTEER_LATE, VOLUNTEER_EARLY, WAITING);
    private static final List<Scenario> EARLIER = List.of(JOB_OUT, VOLUNTEER_EARLY, WORK_EXPERIENCE, INTERNSHIP,
            JOB_IN, DUAL, ELSEWHERE_IN, JOB_OUT, VOLUNTEER_LATE, WORK_EXPERIENCE, ELSEWHERE_OUT, INTERNSHIP,
            VOLUNTEER_EARLY, DUAL);

    private final Map<Origin, Integer> used = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private int atLevelTurn;

    static List<Person> all() {
        var plans = new HistoryPlans();
        plans.mainCohort();
        plans.asylumSeekers();
        plans.cohort(NewcomerGroup.UKRAINIAN, DemoPlaces.DIJNSELBURG.name(), 28, 20, 15, List.of(UKRAINIAN),
                List.of(ELSEWHERE_OUT, JOB_IN, JOB_OUT, WORK_EXPERIENCE, VOLUNTEER_EARLY, WAITING, ELSEWHERE_IN,
                        TRAVEL_STOPS, DUAL, NOTHING_YET), 5);
        plans.cohort(NewcomerGroup.STATUS_HOLDER_WI2013, DemoPlaces.ZEIST.name(), 16, 30, 25,
                List.of(SOMALI, ARABIC, TIGRINYA), List.of(VOLUNTEER_EARLY, VOLUNTEER_LATE, ELSEWHERE_OUT,
                        NOTHING_YET, WORK_EXPERIENCE, STOPS_THEN_VOLUNTEER, JOB_IN, TRAVEL_STOPS), 4);
        plans.cohort(NewcomerGroup.STATUS_HOLDER_WI2021, DemoPlaces.WALAARDT_SACRE.name(), 12, 15, 30, List.of(DARI),
                List.of(JOB_OUT, VOLUNTEER_EARLY, WAITING, NOTHING_YET, DUAL, LANGUAGE_THEN_DUAL), 4);
        return List.copyOf(plans.people);
    }

    private void mainCohort() {
        var origins = List.of(ARABIC, TIGRINYA, ARABIC, DARI, TURKISH, TIGRINYA, ARABIC, DARI);
        int n = 0;
        for (int i = 0; i < RECENT.size(); i++, n++) {
            add(NewcomerGroup.STATUS_HOLDER_WI2021, KAMP, origins.get(n % origins.size()), 3 + 6 * i, RECENT.get(i),
                    n % 6 == 4 ? Level.BELOW : null, n);
        }
        for (int i = 0; i < THIS_YEAR.size(); i++, n++) {
            add(NewcomerGroup.STATUS_HOLDER_WI2021, KAMP, origins.get(n % origins.size()), 114 + 5 * i,
                    THIS_YEAR.get(i), levelFor(THIS_YEAR.get(i), n), n);
        }
        for (int i = 0; i < EARLIER.size(); i++, n++) {
            add(NewcomerGroup.STATUS_HOLDER_WI2021, KAMP, origins.get(n % origins.size()), 370 + 6 * i,
                    EARLIER.get(i), levelFor(EARLIER.get(i), n), n);
        }
    }

    /**
     * Of the people working through a vacancy, in turn: at level, low-skilled, high-skilled below
     * level, low-skilled; of the others one in six is high-skilled. Null: not high-skilled.
     */
    private @Nullable Level levelFor(Scenario scenario, int n) {
        if (!scenario.worksThroughVacancy()) {
            return n % 6 == 1 ? Level.BELOW : null;
        }
        return switch (atLevelTurn++ % 4) {
            case 0 -> Level.AT;
            case 2 -> Level.BELOW;
            default -> null;
        };
    }

    private void cohort(NewcomerGroup group, String place, int count, int firstDaysAgo, int spacing,
                        List<Origin> origins, List<Scenario> scenarios, int highEvery) {
        for (int k = 0; k < count; k++) {
            Scenario scenario = scenarios.get(k % scenarios.size());
            Level level = k % highEvery == 1 ? (k % 2 == 1 && scenario.worksThroughVacancy() ? Level.AT : Level.BELOW)
                    : null;
            add(group, place, origins.get(k % origins.size()), firstDaysAgo + spacing * k, scenario, level, k);
        }
    }

    /**
     * Asylum seekers at Kamp van Zeist: some wait for an employer's work permit (TWV) for one to 22
     * weeks, some got one and started, some were refused; others do volunteer work, which needs none.
     */
    private void asylumSeekers() {
        int[] waitingWeeks = {1, 3, 5, 6, 7, 9, 11, 14, 17, 22};
        int waiting = 0;
        for (int k = 0; k < 24; k++) {
            int daysAgo = 12 + 16 * k;
            Origin origin = List.of(ARABIC, TIGRINYA, DARI, TURKISH).get(k % 4);
            List<TrackPlan> tracks;
            List<PermitPlan> permits;
            String employer = "Heuvelrug Logistiek";
            if (k % 2 == 0 && k >= 2 && k <= 20) {
                int since = daysAgo - 7 * waitingWeeks[waiting++];
                tracks = List.of(toward(VacancyType.JOB, true, Math.max(0, since - 20), 5, RouteStage.INTERVIEW));
                permits = List.of(new PermitPlan(PermitStatus.NEEDED, since, null),
                        new PermitPlan(PermitStatus.APPLIED, since + 10, employer));
            } else if (k % 4 == 1) {
                tracks = List.of(toward(VacancyType.JOB, true, 5, 1, RouteStage.INTERVIEW).started(70));
                permits = List.of(new PermitPlan(PermitStatus.NEEDED, 10, null),
                        new PermitPlan(PermitStatus.APPLIED, 20, employer),
                        new PermitPlan(PermitStatus.GRANTED, 60, employer));
            } else if (k % 8 == 3) {
                tracks = List.of(toward(VacancyType.JOB, false, 5, 2, RouteStage.INTERVIEW)
                                .stopped(72, StopReason.PERMIT),
                        found(VOLUNTEERING, k, VacancyType.VOLUNTEER, true, 85).started(90));
                permits = List.of(new PermitPlan(PermitStatus.NEEDED, 15, null),
                        new PermitPlan(PermitStatus.APPLIED, 25, "Distributiecentrum Kromme Rijn"),
                        new PermitPlan(PermitStatus.REFUSED, 70, "Distributiecentrum Kromme Rijn"));
            } else {
                tracks = List.of(found(VOLUNTEERING, k, VacancyType.VOLUNTEER, true, 20).started(28));
                permits = List.of();
            }
            people.add(person(NewcomerGroup.ASYLUM_SEEKER, KAMP, origin, daysAgo, k % 4 == 2 ? Level.BELOW : null, k,
                    tracks, permits));
        }
    }

    private void add(NewcomerGroup group, String place, Origin origin, int daysAgo, Scenario scenario,
                     @Nullable Level highSkilled, int n) {
        people.add(person(group, place, origin, daysAgo, highSkilled, n, scenario.tracks(n), List.of()));
    }

    private Person person(NewcomerGroup group, String place, Origin origin, int daysAgo, @Nullable Level highSkilled,
                          int n, List<TrackPlan> tracks, List<PermitPlan> permits) {
        int turn = used.merge(origin, 1, Integer::sum) - 1;
        String given = origin.given().get(turn % origin.given().size());
        String family = origin.family().get((turn * 7 + 3) % origin.family().size());
        int education = highSkilled == null ? List.of(2, 3, 4, 1, 5, 3, 0, 4).get(n % 8) : 6 + n % 3;
        CefrLevel dutch = highSkilled == Level.AT ? (n % 2 == 0 ? CefrLevel.B1 : CefrLevel.B2)
                : List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.A1, CefrLevel.B1, CefrLevel.A2, CefrLevel.A0).get(n % 6);
        return new Person(given, family, origin.language(), group, place, daysAgo, education, dutch,
                highSkilled == Level.AT ? Level.AT : Level.BELOW, tracks, permits);
    }

    private HistoryPlans() {
    }
}

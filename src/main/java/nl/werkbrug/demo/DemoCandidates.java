package nl.werkbrug.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.AsylumTrack;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;

/** Sixty fictional candidates of every group; about one in five is high-skilled. */
final class DemoCandidates {

    record Cohort(NewcomerGroup group, int count, List<String> names, List<String> languages) {
    }

    static final List<Cohort> COHORTS = List.of(
            new Cohort(NewcomerGroup.ASYLUM_SEEKER, 14,
                    List.of("Yonas", "Semhar", "Ahmad", "Rahima", "Dawit", "Mariam", "Omid", "Selam", "Bilal",
                            "Zahra", "Tesfay", "Nadia", "Hamid", "Luwam"), List.of("ti", "ar", "fa", "en")),
            new Cohort(NewcomerGroup.STATUS_HOLDER_WI2021, 16,
                    List.of("Amina", "Khaled", "Farida", "Samir", "Huda", "Yusuf", "Nour", "Tariq", "Layla",
                            "Mahmoud", "Rania", "Idris", "Salma", "Jamal", "Hiwet", "Abdul"),
                    List.of("ar", "ti", "fa", "tr", "en")),
            new Cohort(NewcomerGroup.STATUS_HOLDER_WI2013, 8,
                    List.of("Hassan", "Fatima", "Ali", "Sara", "Mehmet", "Aisha", "Daniel", "Ruta"),
                    List.of("ar", "ti", "tr", "en")),
            new Cohort(NewcomerGroup.UKRAINIAN, 16,
                    List.of("Olena", "Andrii", "Iryna", "Oleksandr", "Kateryna", "Dmytro", "Natalia", "Serhii",
                            "Yulia", "Mykola", "Oksana", "Taras", "Svitlana", "Bohdan", "Halyna", "Vitalii"),
                    List.of("uk", "ru", "en", "pl")),
            new Cohort(NewcomerGroup.OTHER, 6, List.of("Lina", "Marco", "Ewa", "Tomasz", "Ana", "Kofi"),
                    List.of("en", "pl", "es", "pt")));

    private static final List<String> FAMILY_NAMES = List.of("A.", "B.", "D.", "E.", "H.", "K.", "M.", "N.", "R.",
            "S.", "T.", "Y.");
    private static final CefrLevel[] DUTCH = {CefrLevel.A0, CefrLevel.A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.A2,
            CefrLevel.B1, CefrLevel.B2};

    private final DemoEsco esco;
    private final Map<String, UUID> places;
    private final LocalDate today;
    private final Random random;

    DemoCandidates(DemoEsco esco, Map<String, UUID> places, Clock clock, long seed) {
        this.esco = esco;
        this.places = places;
        this.today = LocalDate.now(clock);
        this.random = new Random(seed + 2);
    }

    /** The drafts; the first status holder in Zeist belongs to the demo newcomer account. */
    List<CandidateDraft> drafts(UUID jobhunter, UUID newcomerAccount) {
        List<CandidateDraft> drafts = new ArrayList<>();
        int n = 0;
        for (Cohort cohort : COHORTS) {
            for (int i = 0; i < cohort.count(); i++, n++) {
                UUID account = cohort.group() == NewcomerGroup.STATUS_HOLDER_WI2021 && i == 0 ? newcomerAccount : null;
                drafts.add(draft(cohort, i, n, jobhunter, account));
            }
        }
        return drafts;
    }

    private CandidateDraft draft(Cohort cohort, int i, int n, UUID jobhunter, UUID account) {
        boolean highSkilled = n % 5 == 2;
        var pool = highSkilled ? esco.atLevel(3, 4) : esco.atLevel(1, 2);
        var occupation = pool.get(random.nextInt(pool.size()));
        Map<String, Integer> occupations = new HashMap<>();
        occupations.put(occupation.uri(), 6 + random.nextInt(120));
        Set<String> skills = new HashSet<>();
        occupation.essential().stream().filter(s -> random.nextInt(4) > 0).forEach(s -> skills.add(s.uri()));
        occupation.optional().stream().filter(s -> random.nextBoolean()).forEach(s -> skills.add(s.uri()));
        Map<String, CefrLevel> languages = new HashMap<>();
        languages.put(cohort.languages().get(i % cohort.languages().size()), CefrLevel.C2);
        if (random.nextBoolean()) {
            languages.put("en", highSkilled ? CefrLevel.B2 : CefrLevel.A2);
        }
        String place = place(cohort.group(), i);
        int hoursMax = 16 + 4 * random.nextInt(7);
        var days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        if (random.nextInt(3) == 0) {
            days.remove(DayOfWeek.WEDNESDAY);
        }
        var availability = new Availability(today.plusDays(random.nextInt(30)), Math.min(12, hoursMax), hoursMax, days,
                10 + 5 * random.nextInt(7), classDays(new Random(2_000L + n), cohort.group()));
        var contact = new ContactDetails(cohort.names().get(i), FAMILY_NAMES.get(n % FAMILY_NAMES.size()),
                cohort.names().get(i).toLowerCase(java.util.Locale.ROOT) + n + "@example.org", null);
        return new CandidateDraft(contact, cohort.group(), places.get(place),
                DUTCH[random.nextInt(DUTCH.length)], languages,
                highSkilled ? 6 + random.nextInt(2) : random.nextInt(5), occupations, skills,
                certificates(new Random(1_000L + n)), availability,
                rightToWork(cohort.group(), i), random.nextInt(7) > 0, today.minusWeeks(random.nextInt(20)),
                account, place.equals(DemoPlaces.ZEIST.name()) || DemoPlaces.RECEPTION.stream()
                        .anyMatch(p -> p.name().equals(place)) ? jobhunter : null, Map.of());
    }

    /** Dutch classes of the civic-integration route: two fixed days a week for about half the status holders. */
    private static Set<DayOfWeek> classDays(Random random, NewcomerGroup group) {
        if (group == NewcomerGroup.ASYLUM_SEEKER || random.nextBoolean()) {
            return Set.of();
        }
        return random.nextBoolean() ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)
                : EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    }

    /** Licences and safety certificates as Dutch employers ask for them; most people hold none yet. */
    private static Set<Certificate> certificates(Random random) {
        Set<Certificate> held = EnumSet.noneOf(Certificate.class);
        if (random.nextInt(3) == 0) {
            held.add(Certificate.DRIVING_LICENCE_B);
        }
        if (random.nextInt(4) == 0) {
            held.add(Certificate.VCA_BASIS);
        }
        if (random.nextInt(6) == 0) {
            held.add(Certificate.FORKLIFT);
        }
        if (random.nextInt(8) == 0) {
            held.add(Certificate.HACCP);
        }
        return held;
    }

    private String place(NewcomerGroup group, int i) {
        return switch (group) {
            case ASYLUM_SEEKER -> (i % 2 == 0 ? DemoPlaces.KAMP_VAN_ZEIST : DemoPlaces.WALAARDT_SACRE).name();
            case UKRAINIAN -> i % 4 == 3 ? DemoPlaces.ZEIST.name() : DemoPlaces.DIJNSELBURG.name();
            default -> i == 0 || i % 3 == 0 ? DemoPlaces.ZEIST.name()
                    : DemoPlaces.MUNICIPALITIES.get(1 + i % (DemoPlaces.MUNICIPALITIES.size() - 1)).name();
        };
    }

    private RightToWork rightToWork(NewcomerGroup group, int i) {
        return switch (group) {
            case ASYLUM_SEEKER -> {
                var start = today.minusMonths(2 + random.nextInt(14));
                PermitStatus status = PermitStatus.values()[1 + i % 4];
                yield new RightToWork(start, status, status == PermitStatus.NEEDED ? null : today.minusWeeks(i % 6),
                        null, i % 3 == 0, i % 4 == 1 ? AsylumTrack.LIKELY_GRANTED : AsylumTrack.GENERAL);
            }
            case UKRAINIAN -> new RightToWork(null, PermitStatus.NOT_NEEDED, null,
                    i % 5 == 0 ? today.minusWeeks(3) : null, false);
            default -> RightToWork.free();
        };
    }
}

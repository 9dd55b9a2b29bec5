package nl.werkbrug.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationType;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.NewLocation;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.IscoGroup;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.TaxonomyService;

/**
 * Synthetic candidates and vacancies drawn from ESCO, for the matching benchmark. Occupations are
 * chosen per ISCO-08 sub-major group, weighted towards the work newcomers find first (cleaning,
 * logistics, production, hospitality, care, construction) while keeping teachers, engineers,
 * nurses and ICT professionals; a person has a realistic part of their occupations' essential and
 * optional skills plus a few others. Dutch levels lean towards A0–A2, right-to-work facts follow the
 * rules of {@link nl.werkbrug.candidate.WorkPermission} for each newcomer group. No real person:
 * names are "Kandidaat 12345", there are no contact details. The same seed gives the same population.
 */
final class SyntheticPopulation {

    /** A candidate to store under a fixed ID. */
    record Person(UUID id, CandidateDraft draft) {
    }

    /** A vacancy to store under a fixed ID. */
    record Post(UUID id, VacancyDraft draft) {
    }

    /** Statutory minimum wage per hour from 1 January 2026, age 21 and over. */
    private static final BigDecimal MINIMUM_WAGE = new BigDecimal("14.71");

    /** Weights per ISCO-08 sub-major group of the occupations newcomers bring with them. */
    private static final Map<String, Double> CANDIDATE_WEIGHTS = weights("""
            91 10, 93 10, 94 6, 92 3, 96 2, 95 1, 83 8, 82 4, 81 3, 71 6, 72 5, 74 3, 75 5, 73 2, 61 3, 62 1,
            51 7, 52 6, 53 5, 54 1, 41 1, 42 2, 43 2, 44 1, 31 1, 32 1.5, 33 1, 34 1, 35 1,
            21 1.5, 22 1.5, 23 2, 24 1, 25 1.5, 26 1, 11 0.2, 12 0.2, 13 0.3, 14 0.5""");

    /** Weights per ISCO-08 sub-major group of the vacancies and placements offered to newcomers. */
    private static final Map<String, Double> VACANCY_WEIGHTS = weights("""
            91 12, 93 12, 94 8, 92 3, 96 2, 83 8, 82 5, 81 3, 71 6, 72 5, 74 3, 75 5, 73 1, 61 2,
            51 8, 52 7, 53 7, 54 1, 41 1, 42 2, 43 3, 44 1, 31 1, 32 2, 33 1, 34 1, 35 1,
            21 1, 22 1, 23 1, 24 0.5, 25 1, 26 0.5, 14 0.3""");

    private static final Map<NewcomerGroup, Double> GROUPS = Map.of(NewcomerGroup.ASYLUM_SEEKER, 35.0,
            NewcomerGroup.STATUS_HOLDER_WI2021, 33.0, NewcomerGroup.STATUS_HOLDER_WI2013, 8.0,
            NewcomerGroup.UKRAINIAN, 20.0, NewcomerGroup.OTHER, 4.0);
    private static final Map<NewcomerGroup, List<String>> HOME_LANGUAGES = Map.of(
            NewcomerGroup.ASYLUM_SEEKER, List.of("ar", "ti", "fa", "ps", "so", "tr", "ku"),
            NewcomerGroup.STATUS_HOLDER_WI2021, List.of("ar", "ti", "fa", "so", "tr"),
            NewcomerGroup.STATUS_HOLDER_WI2013, List.of("ar", "ti", "fa", "so"),
            NewcomerGroup.UKRAINIAN, List.of("uk", "ru"),
            NewcomerGroup.OTHER, List.of("en", "es", "pt", "pl", "fr"));
    /** Dutch on arrival: most people start at A0–A2, a few are fluent. */
    private static final double[] DUTCH = {22, 28, 24, 16, 7, 2.5, 0.5};
    private static final int[] TRAVEL_KM = {5, 10, 15, 20, 25, 30, 40, 50};
    private static final double[] TRAVEL_WEIGHTS = {5, 15, 20, 20, 20, 10, 6, 4};
    private static final Map<VacancyType, Double> TYPES = Map.of(VacancyType.JOB, 55.0,
            VacancyType.DUAL_TRAJECTORY, 15.0, VacancyType.INTERNSHIP, 10.0, VacancyType.VOLUNTEER, 10.0,
            VacancyType.WORK_EXPERIENCE, 10.0);

    private final TaxonomyService taxonomy;
    private final LocalDate today;
    private final long seed;
    private final Map<String, List<Occupation>> bySubMajor;

    SyntheticPopulation(TaxonomyService taxonomy, LocalDate today, long seed) {
        this.taxonomy = taxonomy;
        this.today = today;
        this.seed = seed;
        this.bySubMajor = taxonomy.allOccupations().stream().filter(o -> o.iscoCode().length() >= 2)
                .sorted(java.util.Comparator.comparing(Occupation::uri))
                .collect(Collectors.groupingBy(o -> IscoGroup.subMajorOf(o.iscoCode()), TreeMap::new,
                        Collectors.toList()));
    }

    /**
     * Neighbourhoods of the given places, {@code perPlace} each, at most {@code km} from it, of the same
     * type and municipality: where the synthetic people live and the synthetic employers are.
     */
    List<NewLocation> neighbourhoods(List<LocationView> places, int perPlace, double km) {
        Random random = new Random(seed);
        List<NewLocation> result = new ArrayList<>();
        for (LocationView place : places) {
            for (int i = 1; i <= perPlace; i++) {
                double distance = km * Math.sqrt(random.nextDouble());
                double bearing = 2 * Math.PI * random.nextDouble();
                double lat = place.point().latitude() + distance / 111.2 * Math.cos(bearing);
                double lon = place.point().longitude()
                        + distance / (111.2 * Math.cos(Math.toRadians(place.point().latitude()))) * Math.sin(bearing);
                result.add(new NewLocation("%s, synthetische locatie %02d".formatted(place.name(), i), place.type(),
                        place.municipality(), lat, lon, null, place.type() == LocationType.AZC ? 200 : null));
            }
        }
        return result;
    }

    /**
     * {@code consenting} candidates who consent to matching and {@code withoutConsent} who do not,
     * living at the given locations (asylum seekers at reception locations, the others in municipalities).
     */
    List<Person> candidates(int consenting, int withoutConsent, List<LocationView> locations) {
        Random random = new Random(seed + 1);
        var azcs = locations.stream().filter(l -> l.type() == LocationType.AZC).map(l -> l.id().value()).toList();
        var towns = locations.stream().filter(l -> l.type() == LocationType.MUNICIPALITY).map(l -> l.id().value())
                .toList();
        var groups = new Weighted<>(GROUPS);
        var occupations = new Weighted<>(CANDIDATE_WEIGHTS);
        List<Person> people = new ArrayList<>(consenting + withoutConsent);
        for (int n = 0; n < consenting + withoutConsent; n++) {
            NewcomerGroup group = groups.pick(random);
            List<UUID> homes = group == NewcomerGroup.ASYLUM_SEEKER ? azcs : towns;
            people.add(new Person(id("candidate", n), candidate(random, n, group, occupations,
                    homes.get(random.nextInt(homes.size())), n < consenting)));
        }
        return people;
    }

    /** Open vacancies of every type, of the given employers, at the given locations. */
    List<Post> vacancies(int count, List<UUID> employers, List<LocationView> locations) {
        Random random = new Random(seed + 2);
        var towns = locations.stream().filter(l -> l.type() == LocationType.MUNICIPALITY).map(l -> l.id().value())
                .toList();
        var types = new Weighted<>(TYPES);
        var occupations = new Weighted<>(VACANCY_WEIGHTS);
        List<Post> posts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            posts.add(new Post(id("vacancy", n), vacancy(random, types.pick(random), occupation(random, occupations),
                    employers.get(random.nextInt(employers.size())), towns.get(random.nextInt(towns.size())))));
        }
        return posts;
    }

    private CandidateDraft candidate(Random random, int n, NewcomerGroup group, Weighted<String> weights,
                                     UUID location, boolean consent) {
        Occupation main = occupation(random, weights);
        Map<String, Integer> occupations = new LinkedHashMap<>();
        occupations.put(main.uri(), 3 + random.nextInt(180));
        if (random.nextInt(10) < 3) {
            // a second occupation, usually in the same line of work
            Occupation second = random.nextInt(10) < 6 ? sameMajorGroup(random, main) : occupation(random, weights);
            occupations.putIfAbsent(second.uri(), 3 + random.nextInt(60));
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String uri : occupations.keySet()) {
            Occupation occupation = taxonomy.occupation(uri).orElseThrow();
            occupation.essentialSkills().stream().filter(s -> random.nextDouble() < 0.55).forEach(skills::add);
            occupation.optionalSkills().stream().filter(s -> random.nextDouble() < 0.2).forEach(skills::add);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            // something learnt elsewhere: an essential skill of another occupation
            List<String> elsewhere = occupation(random, weights).essentialSkills();
            if (!elsewhere.isEmpty()) {
                skills.add(elsewhere.get(random.nextInt(elsewhere.size())));
            }
        }
        int level = main.skillLevel();
        CefrLevel dutch = CefrLevel.values()[Math.min(CefrLevel.C2.ordinal(), pick(random, DUTCH)
                + (group == NewcomerGroup.STATUS_HOLDER_WI2013 && random.nextBoolean() ? 1 : 0))];
        Map<String, CefrLevel> languages = new HashMap<>();
        var home = HOME_LANGUAGES.get(group);
        languages.put(home.get(random.nextInt(home.size())), CefrLevel.C2);
        if (random.nextInt(10) < 4) {
            int english = CefrLevel.A2.ordinal() + random.nextInt(level >= 3 ? 3 : 2);
            languages.putIfAbsent("en", CefrLevel.values()[english]);
        }
        return new CandidateDraft(new ContactDetails("Kandidaat " + (10_000 + n), null, null, null), group, location,
                dutch, languages, education(random, level), occupations, skills, certificates(random),
                availability(random), rightToWork(random, group), consent, today.minusDays(random.nextInt(400)),
                null, null, Map.of());
    }

    private VacancyDraft vacancy(Random random, VacancyType type, Occupation occupation, UUID employer,
                                 UUID location) {
        int level = occupation.skillLevel();
        boolean dual = type == VacancyType.DUAL_TRAJECTORY;
        CefrLevel dutch = dual ? CefrLevel.A1 : switch (level) {
            case 1 -> random.nextBoolean() ? CefrLevel.A1 : CefrLevel.A2;
            case 2 -> random.nextBoolean() ? CefrLevel.A2 : CefrLevel.B1;
            case 3 -> CefrLevel.B1;
            default -> CefrLevel.B2;
        };
        Set<DayOfWeek> work = dual ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                : workDays(random);
        Set<DayOfWeek> language = dual ? EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY) : Set.of();
        int hoursMax = dual ? 24
                : type == VacancyType.VOLUNTEER ? 4 + 4 * random.nextInt(3) : 16 + 4 * random.nextInt(7);
        BigDecimal wage = type.paid() ? MINIMUM_WAGE.add(BigDecimal.valueOf(level * 150L + random.nextInt(400), 2))
                : null;
        String label = occupation.label("nl");
        String title = Character.toUpperCase(label.charAt(0)) + label.substring(1) + switch (type) {
            case DUAL_TRAJECTORY -> " (werken en leren)";
            case INTERNSHIP -> " (stage)";
            case VOLUNTEER -> " (vrijwilliger)";
            case WORK_EXPERIENCE -> " (werkervaringsplek)";
            case JOB -> "";
        };
        String essentials = occupation.essentialSkills().stream().limit(3).map(s -> taxonomy.label(s, "nl"))
                .collect(Collectors.joining("; "));
        String description = "Wij zoeken een %s. %s".formatted(label,
                essentials.isEmpty() ? "" : "Je kunt: " + essentials + ".");
        Integer education = random.nextInt(10) < 3 ? null : switch (level) {
            case 1 -> 1;
            case 2 -> 3;
            case 3 -> 5;
            default -> 6;
        };
        return new VacancyDraft(employer, title.length() > 200 ? title.substring(0, 200) : title, description, type,
                occupation.uri(), Set.copyOf(occupation.essentialSkills()), Set.copyOf(occupation.optionalSkills()),
                dutch, education, Math.min(hoursMax, 12 + 4 * random.nextInt(2)), hoursMax, work, language, location,
                wage, random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(60)), 1 + random.nextInt(3),
                random.nextInt(10) < 3);
    }

    private Occupation occupation(Random random, Weighted<String> weights) {
        List<Occupation> group;
        do {
            group = bySubMajor.get(weights.pick(random));
        } while (group == null);
        return group.get(random.nextInt(group.size()));
    }

    private Occupation sameMajorGroup(Random random, Occupation occupation) {
        String major = occupation.iscoCode().substring(0, 1);
        var related = bySubMajor.entrySet().stream().filter(e -> e.getKey().startsWith(major))
                .flatMap(e -> e.getValue().stream()).toList();
        return related.get(random.nextInt(related.size()));
    }

    /** ISCED 2011 level, from the skill level of the main occupation. */
    private static Integer education(Random random, int skillLevel) {
        return switch (skillLevel) {
            case 1 -> random.nextInt(4);
            case 2 -> 1 + random.nextInt(4);
            case 3 -> 3 + random.nextInt(3);
            default -> 5 + random.nextInt(3);
        };
    }

    private Availability availability(Random random) {
        int roll = random.nextInt(100);
        LocalDate from = roll < 50 ? null : roll < 85 ? today.minusDays(random.nextInt(60))
                : today.plusDays(1 + random.nextInt(90));
        int hoursMax = 16 + 4 * random.nextInt(7);
        int hoursMin = Math.max(4, hoursMax - 8 * random.nextInt(3));
        return new Availability(from, hoursMin, hoursMax, workDays(random), TRAVEL_KM[pick(random, TRAVEL_WEIGHTS)]);
    }

    private static Set<DayOfWeek> workDays(Random random) {
        Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        if (random.nextInt(4) == 0) {
            days.remove(DayOfWeek.of(1 + random.nextInt(5)));
        }
        if (random.nextInt(6) == 0) {
            days.add(DayOfWeek.SATURDAY);
        }
        return days;
    }

    /** Facts as the rules of each group need them (see {@link nl.werkbrug.candidate.WorkPermission}). */
    private RightToWork rightToWork(Random random, NewcomerGroup group) {
        return switch (group) {
            case ASYLUM_SEEKER -> {
                if (random.nextInt(100) < 4) {
                    // the procedure start is not recorded yet: a jobhunter must check it
                    yield new RightToWork(null, PermitStatus.NEEDED, null, null, random.nextBoolean());
                }
                LocalDate start = today.minusDays(20 + random.nextInt(3 * 365));
                boolean declaration = random.nextInt(100) < 45;
                LocalDate permitPossible = start.plusMonths(6);
                if (permitPossible.isAfter(today)) {
                    yield new RightToWork(start, PermitStatus.NEEDED, null, null, declaration);
                }
                int roll = random.nextInt(100);
                PermitStatus status = roll < 45 ? PermitStatus.NEEDED : roll < 65 ? PermitStatus.APPLIED
                        : roll < 90 ? PermitStatus.GRANTED : PermitStatus.REFUSED;
                LocalDate since = status == PermitStatus.NEEDED ? null : permitPossible.plusDays(
                        random.nextInt((int) Math.max(1, today.toEpochDay() - permitPossible.toEpochDay())));
                yield new RightToWork(start, status, since, null, declaration);
            }
            case UKRAINIAN -> new RightToWork(null, PermitStatus.NOT_NEEDED, null,
                    random.nextInt(4) == 0 ? today.minusWeeks(1 + random.nextInt(52)) : null, false);
            default -> RightToWork.free();
        };
    }

    private static Set<Certificate> certificates(Random random) {
        Set<Certificate> held = EnumSet.noneOf(Certificate.class);
        if (random.nextInt(4) == 0) {
            held.add(Certificate.DRIVING_LICENCE_B);
        }
        if (random.nextInt(6) == 0) {
            held.add(Certificate.VCA_BASIS);
        }
        if (random.nextInt(10) == 0) {
            held.add(Certificate.FORKLIFT);
        }
        if (random.nextInt(12) == 0) {
            held.add(Certificate.HACCP);
        }
        return held;
    }

    private UUID id(String kind, int n) {
        return UUID.nameUUIDFromBytes(("synthetic-" + seed + "-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static int pick(Random random, double[] weights) {
        double total = java.util.Arrays.stream(weights).sum();
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Map<String, Double> weights(String spec) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.strip().split(" ");
            weights.put(parts[0], Double.parseDouble(parts[1]));
        }
        return weights;
    }

    /** A weighted choice among keys, in a fixed order so that a seed gives the same choices. */
    private static final class Weighted<K extends Comparable<K>> {

        private final NavigableMap<Double, K> cumulative = new TreeMap<>();
        private final double total;

        Weighted(Map<K, Double> weights) {
            double sum = 0;
            for (K key : new TreeMap<>(weights).keySet()) {
                sum += weights.get(key);
                cumulative.put(sum, key);
            }
            this.total = sum;
        }

        K pick(Random random) {
            return cumulative.higherEntry(random.nextDouble() * total).getValue();
        }
    }
}

package nl.werkbrug.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.shared.CefrLevel;

/** Fifty vacancies and placements of every type, spread over the demo employers. */
final class DemoVacancies {

    static final int COUNT = 50;
    /** Statutory minimum wage per hour from 1 January 2026, age 21 and over. */
    static final BigDecimal MINIMUM_WAGE = new BigDecimal("14.71");
    private static final List<VacancyType> TYPES = types();

    private final DemoEsco esco;
    private final Map<String, UUID> places;
    private final LocalDate today;
    private final Random random;

    DemoVacancies(DemoEsco esco, Map<String, UUID> places, Clock clock, long seed) {
        this.esco = esco;
        this.places = places;
        this.today = LocalDate.now(clock);
        this.random = new Random(seed + 1);
    }

    private static List<VacancyType> types() {
        List<VacancyType> types = new ArrayList<>();
        add(types, VacancyType.JOB, 25);
        add(types, VacancyType.DUAL_TRAJECTORY, 10);
        add(types, VacancyType.INTERNSHIP, 5);
        add(types, VacancyType.VOLUNTEER, 5);
        add(types, VacancyType.WORK_EXPERIENCE, 5);
        return List.copyOf(types);
    }

    private static void add(List<VacancyType> types, VacancyType type, int count) {
        for (int i = 0; i < count; i++) {
            types.add(type);
        }
    }

    List<VacancyDraft> drafts(List<EmployerView> employers, List<DemoEmployers.Company> companies) {
        List<VacancyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            int index = i % employers.size();
            drafts.add(draft(employers.get(index), companies.get(index), TYPES.get((i * 7) % COUNT), i));
        }
        return drafts;
    }

    private VacancyDraft draft(EmployerView employer, DemoEmployers.Company company, VacancyType type, int i) {
        var occupation = esco.occupations().get((i * 5 + employer.name().length()) % esco.occupations().size());
        int level = occupation.skillLevel();
        boolean dual = type == VacancyType.DUAL_TRAJECTORY;
        CefrLevel dutch = dual ? CefrLevel.A1 : switch (level) {
            case 1 -> CefrLevel.A2;
            case 2 -> CefrLevel.A2;
            case 3 -> CefrLevel.B1;
            default -> CefrLevel.B2;
        };
        Set<DayOfWeek> work = dual ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> language = dual ? EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY) : Set.of();
        int hoursMax = dual ? 24 : type == VacancyType.VOLUNTEER ? 8 : 24 + 4 * random.nextInt(5);
        BigDecimal wage = type.paid()
                ? MINIMUM_WAGE.add(BigDecimal.valueOf(level * 150L + random.nextInt(300), 2))
                : null;
        String title = capitalise(occupation.labelNl()) + titleSuffix(type);
        String description = "%s zoekt een %s in %s. %s".formatted(company.name(), occupation.labelNl(),
                company.municipality(), essentialsSentence(occupation));
        return new VacancyDraft(employer.id().value(), title, description, type, occupation.uri(),
                occupation.essential().stream().map(DemoEsco.Skill::uri).collect(Collectors.toSet()),
                occupation.optional().stream().map(DemoEsco.Skill::uri).collect(Collectors.toSet()),
                dutch, educationFor(level), Math.min(hoursMax, 16), hoursMax, work, language,
                places.get(company.municipality()), wage, today.plusWeeks(2 + random.nextInt(8)), 1 + random.nextInt(3),
                random.nextInt(3) == 0);
    }

    private static String essentialsSentence(DemoEsco.Occupation occupation) {
        var skills = occupation.essential().stream().limit(3).map(DemoEsco.Skill::labelNl)
                .filter(label -> !label.isBlank()).toList();
        return skills.isEmpty() ? "" : "Je kunt: " + String.join("; ", skills) + ".";
    }

    static Integer educationFor(int skillLevel) {
        return switch (skillLevel) {
            case 1 -> 1;
            case 2 -> 3;
            case 3 -> 5;
            default -> 6;
        };
    }

    private static String titleSuffix(VacancyType type) {
        return switch (type) {
            case DUAL_TRAJECTORY -> " (werken en leren)";
            case INTERNSHIP -> " (stage)";
            case VOLUNTEER -> " (vrijwilliger)";
            case WORK_EXPERIENCE -> " (werkervaringsplek)";
            case JOB -> "";
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

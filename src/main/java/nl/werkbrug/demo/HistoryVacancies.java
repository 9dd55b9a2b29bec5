package nl.werkbrug.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.shared.CefrLevel;

/**
 * The vacancies of the pilot year that people started in, filled and closed since: work at the
 * level of high-skilled newcomers (ISCO major group 2: engineers, nurses, teachers, ICT, finance)
 * and work below it (ISCO 5 to 9: warehouse, cleaning, retail, kitchens, care assistance).
 */
final class HistoryVacancies {

    record Role(String employer, String occupation, VacancyType type, HistoryPlans.Level level) {
    }

    static final List<Role> ROLES = List.of(
            new Role("Ingenieursbureau Heuvelrug", "civil engineer", VacancyType.JOB, HistoryPlans.Level.AT),
            new Role("Zorggroep Het Lindehof", "nurse responsible for general care", VacancyType.JOB,
                    HistoryPlans.Level.AT),
            new Role("Softwarehuis Utrecht Science Park", "software developer", VacancyType.JOB, HistoryPlans.Level.AT),
            new Role("Tolk- en Vertaalbureau Midden", "interpreter", VacancyType.JOB, HistoryPlans.Level.AT),
            new Role("Ingenieursbureau Heuvelrug", "mechanical engineer", VacancyType.INTERNSHIP, HistoryPlans.Level.AT),
            new Role("Stichtse Scholengroep", "secondary school teacher", VacancyType.INTERNSHIP, HistoryPlans.Level.AT),
            new Role("Administratiekantoor Bunnik", "accountant", VacancyType.WORK_EXPERIENCE, HistoryPlans.Level.AT),
            new Role("Softwarehuis Utrecht Science Park", "data analyst", VacancyType.DUAL_TRAJECTORY,
                    HistoryPlans.Level.AT),
            new Role("Ingenieursbureau Heuvelrug", "civil engineer", VacancyType.DUAL_TRAJECTORY, HistoryPlans.Level.AT),
            new Role("Zorggroep Het Lindehof", "nurse responsible for general care", VacancyType.WORK_EXPERIENCE,
                    HistoryPlans.Level.AT),
            new Role("Heuvelrug Logistiek", "warehouse worker", VacancyType.JOB, HistoryPlans.Level.BELOW),
            new Role("Supermarkt Oud Zeist", "shelf filler", VacancyType.JOB, HistoryPlans.Level.BELOW),
            new Role("Schoonmaakbedrijf Helder", "building cleaner", VacancyType.JOB, HistoryPlans.Level.BELOW),
            new Role("Kwekerij De Kromme Rijn", "horticulture worker", VacancyType.JOB, HistoryPlans.Level.BELOW),
            new Role("Voedselfabriek Eemvallei", "factory hand", VacancyType.JOB, HistoryPlans.Level.BELOW),
            new Role("Brasserie Slotlaan", "kitchen assistant", VacancyType.DUAL_TRAJECTORY, HistoryPlans.Level.BELOW),
            new Role("Distributiecentrum Kromme Rijn", "hand packer", VacancyType.DUAL_TRAJECTORY,
                    HistoryPlans.Level.BELOW),
            new Role("Zorggroep Het Lindehof", "healthcare assistant", VacancyType.INTERNSHIP, HistoryPlans.Level.BELOW),
            new Role("Kinderopvang De Vlinderboom", "child care worker", VacancyType.INTERNSHIP,
                    HistoryPlans.Level.BELOW),
            new Role("Metaalwerk Nieuwegein", "welder", VacancyType.WORK_EXPERIENCE, HistoryPlans.Level.BELOW),
            new Role("Hotel Heidepark", "room attendant", VacancyType.WORK_EXPERIENCE, HistoryPlans.Level.BELOW));

    private HistoryVacancies() {
    }

    static VacancyDraft draft(Role role, UUID employer, UUID location, DemoEsco esco) {
        var occupation = esco.occupations().stream().filter(o -> o.labelEn().equals(role.occupation())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo occupation " + role.occupation()));
        boolean dual = role.type() == VacancyType.DUAL_TRAJECTORY;
        int level = occupation.skillLevel();
        CefrLevel dutch = dual ? CefrLevel.A2 : level >= 3 ? CefrLevel.B1 : CefrLevel.A2;
        Set<DayOfWeek> work = dual ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> language = dual ? EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY) : Set.of();
        BigDecimal wage = role.type().paid() ? DemoVacancies.MINIMUM_WAGE.add(BigDecimal.valueOf(level * 175L, 2))
                : null;
        String title = Character.toUpperCase(occupation.labelNl().charAt(0)) + occupation.labelNl().substring(1)
                + switch (role.type()) {
                    case DUAL_TRAJECTORY -> " (werken en leren)";
                    case INTERNSHIP -> " (stage)";
                    case WORK_EXPERIENCE -> " (werkervaringsplek)";
                    default -> "";
                };
        String description = "%s zocht een %s. Deze plek is vervuld.".formatted(role.employer(), occupation.labelNl());
        return new VacancyDraft(employer, title, description, role.type(), occupation.uri(),
                occupation.essential().stream().map(DemoEsco.Skill::uri).collect(Collectors.toSet()),
                occupation.optional().stream().map(DemoEsco.Skill::uri).limit(5).collect(Collectors.toSet()),
                dutch, DemoVacancies.educationFor(level), 16, dual ? 24 : 32, work, language, location, wage, null,
                4, false);
    }
}

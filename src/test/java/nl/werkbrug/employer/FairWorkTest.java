package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The fair-work check on the real database: every rule on its boundary, the dated minimum-wage
 * table, the municipality's review, and that an employer that is not approved publishes nothing.
 */
@IntegrationTest
class FairWorkTest {

    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    @Autowired
    VacancyService vacancies;
    @Autowired
    EmployerService employers;
    @Autowired
    MinimumWages wages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient search;
    @LocalServerPort
    int port;

    @Test
    void the_minimum_wage_follows_the_dated_table_and_the_statutory_youth_percentages() {
        assertThat(wages.hourly(LocalDate.of(2025, 12, 31), 21)).contains(new BigDecimal("14.40"));
        assertThat(wages.hourly(LocalDate.of(2026, 1, 1), 21)).contains(new BigDecimal("14.71"));
        assertThat(wages.hourly(LocalDate.of(2026, 1, 1), 45)).as("21 and older").contains(new BigDecimal("14.71"));
        assertThat(wages.hourly(LocalDate.of(2026, 1, 1), 20)).contains(new BigDecimal("11.77"));
        assertThat(wages.hourly(LocalDate.of(2026, 6, 30), 18)).contains(new BigDecimal("7.36"));
        assertThat(wages.hourly(LocalDate.of(2025, 7, 1), 16)).as("no row: 34.5% of 14.40")
                .contains(new BigDecimal("4.97"));
        assertThat(wages.hourly(LocalDate.of(2023, 12, 31), 21)).as("before the table").isEmpty();
    }

    @Test
    void pay_one_cent_below_the_minimum_is_refused_and_the_minimum_itself_accepted() {
        var minimum = new BigDecimal("14.71");
        assertThat(FairWorkCheck.check(draft(VacancyType.JOB, "14.70", WorkTerms.STANDARD, ""), minimum).refusals())
                .extracting(FairWorkCheck.Finding::code).containsExactly("BELOW_MINIMUM_WAGE");
        assertThat(FairWorkCheck.check(draft(VacancyType.JOB, "14.71", WorkTerms.STANDARD, ""), minimum).refusals())
                .isEmpty();
        assertThat(FairWorkCheck.check(draft(VacancyType.DUAL_TRAJECTORY, null, WorkTerms.STANDARD, ""), minimum)
                .refusals()).extracting(FairWorkCheck.Finding::code).containsExactly("WAGE_MISSING");
        assertThat(FairWorkCheck.check(draft(VacancyType.VOLUNTEER, null, WorkTerms.STANDARD, ""), null).refusals())
                .as("volunteer work is unpaid by nature").isEmpty();
    }

    @Test
    void in_2026_a_job_paying_13_50_for_a_25_year_old_is_refused_through_the_api_in_the_callers_language() {
        var refused = new Http(port).post("/api/v1/vacancies", "demo-token", json("13.50", 25), "nl");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"BELOW_MINIMUM_WAGE\"", "14.71", "minimumloon");
        var accepted = new Http(port).post("/api/v1/vacancies", "demo-token", json("14.71", 25), "nl");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"status\":\"OPEN\"");
    }

    @Test
    void each_warning_sends_the_vacancy_to_review_on_its_boundary() {
        var minimum = new BigDecimal("14.71");
        assertThat(warnings(terms(12, false, false, false, ContractType.FIXED_TERM), 60, "", minimum)).isEmpty();
        assertThat(warnings(terms(13, false, false, false, ContractType.FIXED_TERM), 60, "", minimum))
                .containsExactly("LONG_DAYS");
        assertThat(warnings(terms(8, false, false, false, ContractType.FIXED_TERM), 61, "", minimum))
                .containsExactly("LONG_WEEKS");
        assertThat(warnings(terms(8, true, false, false, ContractType.FIXED_TERM), 40, "", minimum))
                .containsExactly("HOUSING_TIED");
        assertThat(warnings(terms(8, false, true, false, ContractType.FIXED_TERM), 40, "", minimum))
                .containsExactly("FEES_CHARGED");
        assertThat(warnings(terms(8, false, false, true, ContractType.FIXED_TERM), 40, "", minimum))
                .containsExactly("UNPAID_TRIAL");
        assertThat(warnings(terms(8, false, false, false, null), 40, "", minimum))
                .containsExactly("CONTRACT_TYPE_MISSING");
        assertThat(warnings(WorkTerms.STANDARD, 40, "Huisvesting via de werkgever, huur wordt ingehouden.", minimum))
                .as("said in the text").containsExactly("HOUSING_TIED");
        assertThat(warnings(WorkTerms.STANDARD, 40, "We start with an unpaid trial day.", minimum))
                .containsExactly("UNPAID_TRIAL");
    }

    @Test
    void a_vacancy_with_housing_tied_to_the_job_waits_for_review_and_is_published_only_when_the_municipality_agrees()
            throws Exception {
        UUID employer = someEmployer();
        var held = SystemTask.call("test", () -> vacancies.post(draft(employer, VacancyType.JOB, "15.00",
                terms(8, true, false, false, ContractType.FIXED_TERM), "Orderpicker met huisvesting")));
        assertThat(held.status()).isEqualTo(VacancyStatus.IN_REVIEW);
        assertThat(held.reviewReasons()).containsExactly("HOUSING_TIED");
        assertThat(SystemTask.call("test", () -> vacancies.inReview())).extracting(VacancyView::id).contains(held.id());
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.changeStatus(held.id(), VacancyStatus.OPEN)))
                .as("the employer cannot publish it past the review").isInstanceOf(IllegalArgumentException.class);
        Thread.sleep(1500);
        assertThat(indexed(held.id())).as("not searchable while in review").isFalse();

        var published = SystemTask.call("test", () -> vacancies.review(held.id(), true,
                "Huisvesting los van het contract, huur marktconform."));
        assertThat(published.status()).isEqualTo(VacancyStatus.OPEN);
        awaitIndexed(held.id());

        var other = SystemTask.call("test", () -> vacancies.post(draft(employer, VacancyType.JOB, "15.00",
                terms(8, false, true, false, ContractType.TEMPORARY_AGENCY), "Inpakker")));
        var rejected = SystemTask.call("test", () -> vacancies.review(other.id(), false, "Bemiddelingskosten."));
        assertThat(rejected.status()).isEqualTo(VacancyStatus.REJECTED);
        assertThat(rejected.reviewNote()).isEqualTo("Bemiddelingskosten.");
    }

    @Test
    void a_suspended_employer_publishes_nothing_and_sees_no_candidates() {
        var employer = SystemTask.call("test", () -> employers.register(new NewEmployer("Schorsing BV", "12345678",
                "Logistiek", "Zeist", null, null)));
        var before = SystemTask.call("test", () -> vacancies.post(draft(employer.id().value(), VacancyType.JOB,
                "15.00", WorkTerms.STANDARD, "Magazijnmedewerker")));
        jdbc.sql("update employer set status = 'SUSPENDED' where id = ?").param(employer.id().value()).update();
        var after = SystemTask.call("test", () -> vacancies.post(draft(employer.id().value(), VacancyType.JOB,
                "15.00", WorkTerms.STANDARD, "Heftruckchauffeur")));
        assertThat(after.status()).as("kept as a draft, not published").isEqualTo(VacancyStatus.DRAFT);
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.changeStatus(after.id(), VacancyStatus.OPEN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.managed(before.id())))
                .as("no matches for a suspended employer").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_vacancy_names_a_real_esco_occupation() {
        var d = draft(someEmployer(), VacancyType.JOB, "15.00", WorkTerms.STANDARD, "Medewerker");
        var unknown = new VacancyDraft(d.employerId(), d.title(), "", d.type(),
                "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000", Set.of(), Set.of(),
                d.dutchLevel(), null, 8, 32, d.workDays(), Set.of(), d.locationId(), d.hourlyWage(), d.startDate(), 1,
                false, Set.of(), WorkTerms.STANDARD);
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.post(unknown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an ESCO occupation");
    }

    private java.util.List<String> warnings(WorkTerms terms, int hoursMax, String text, BigDecimal minimum) {
        var d = draft(UUID.randomUUID(), VacancyType.JOB, "15.00", terms, "Medewerker");
        var withText = new VacancyDraft(d.employerId(), d.title(), text, d.type(), d.occupationUri(),
                d.essentialSkills(), d.optionalSkills(), d.dutchLevel(), d.educationLevel(), 8, hoursMax, d.workDays(),
                d.languageDays(), d.locationId(), d.hourlyWage(), d.startDate(), 1, false, Set.of(), terms);
        return FairWorkCheck.check(withText, minimum).warnings().stream().map(FairWorkCheck.Finding::code).toList();
    }

    private static WorkTerms terms(int hoursPerDay, boolean housing, boolean fees, boolean trial, ContractType contract) {
        return new WorkTerms(contract, 21, hoursPerDay, housing, fees, trial);
    }

    private VacancyDraft draft(VacancyType type, String wage, WorkTerms terms, String text) {
        return draft(UUID.randomUUID(), type, wage, terms, text.isEmpty() ? "Medewerker" : text);
    }

    private VacancyDraft draft(UUID employer, VacancyType type, String wage, WorkTerms terms, String title) {
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        return new VacancyDraft(employer, title, "", type, OCCUPATION, Set.of(), Set.of(), CefrLevel.A1, null, 8, 32,
                Set.of(DayOfWeek.MONDAY), Set.of(), location, wage == null ? null : new BigDecimal(wage),
                LocalDate.of(2026, 12, 14), 1, false, Set.of(), terms);
    }

    private String json(String wage, int minimumAge) {
        UUID employer = someEmployer();
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        return """
                {"employerId":"%s","title":"Productiemedewerker","description":"","type":"JOB",
                 "occupationUri":"%s","essentialSkills":[],"optionalSkills":[],"dutchLevel":"A2",
                 "hoursMin":24,"hoursMax":32,"workDays":["MONDAY","TUESDAY"],"languageDays":[],
                 "locationId":"%s","hourlyWage":%s,"startDate":"2026-12-14","positions":1,"permitWilling":false,
                 "terms":{"contractType":"FIXED_TERM","minimumAge":%d,"maxHoursPerDay":8,"housingTied":false,
                 "feesCharged":false,"unpaidTrial":false}}"""
                .formatted(employer, OCCUPATION, location, wage, minimumAge);
    }

    private UUID someEmployer() {
        return jdbc.sql("select id from employer where status = 'APPROVED' order by id limit 1").query(UUID.class)
                .single();
    }

    private boolean indexed(VacancyId id) throws Exception {
        search.indices().refresh(r -> r.index("vacancies"));
        return search.exists(e -> e.index("vacancies").id(id.value().toString())).value();
    }

    private void awaitIndexed(VacancyId id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!indexed(id) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(indexed(id)).isTrue();
    }
}

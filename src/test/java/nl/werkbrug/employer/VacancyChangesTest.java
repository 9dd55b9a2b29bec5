package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Changing and copying a vacancy on the real database: only one's own, under the same rules and
 * fair-work check as a new one, with the same outcome, and a refusal that changes nothing.
 */
@IntegrationTest
class VacancyChangesTest {

    private static final String FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    @Autowired
    VacancyService vacancies;
    @Autowired
    EmployerService employers;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("employer")
    void an_employer_changes_and_copies_their_own_vacancies_and_not_another_employers() {
        var own = vacancies.post(job(demoEmployer(), "Heftruckchauffeur", "15.00", WorkTerms.STANDARD));
        var copy = vacancies.draftFrom(own.id());
        assertThat(copy.title()).isEqualTo("Heftruckchauffeur");
        assertThat(copy.hourlyWage()).isEqualByComparingTo("15.00");
        assertThat(copy.essentialSkills()).isEqualTo(own.essentialSkills());

        var changed = vacancies.update(own.id(), withTitle(copy, "Heftruckchauffeur (avond)"));
        assertThat(changed.title()).isEqualTo("Heftruckchauffeur (avond)");
        assertThat(changed.id()).isEqualTo(own.id());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and subject_id = ?")
                .param(own.id().value().toString()).query(Long.class).single()).isEqualTo(1);

        var other = SystemTask.call("test", () -> vacancies.post(job(otherEmployer(), "Orderpicker", "15.00",
                WorkTerms.STANDARD)));
        assertThatThrownBy(() -> vacancies.draftFrom(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vacancies.update(other.id(), withTitle(copy, "Overgenomen")))
                .as("not even with one's own employer in the draft").isInstanceOf(AccessDeniedException.class);
        var foreign = SystemTask.call("test", () -> vacancies.draftFrom(other.id()));
        assertThatThrownBy(() -> vacancies.update(other.id(), foreign)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemTask.call("test", () -> vacancies.get(other.id())).title()).isEqualTo("Orderpicker");
    }

    @Test
    void a_change_below_the_minimum_wage_changes_nothing_and_the_refusal_is_kept_in_the_audit_log() {
        var posted = SystemTask.call("test", () -> vacancies.post(job(otherEmployer(), "Inpakker", "15.00",
                WorkTerms.STANDARD)));
        var lower = withWage(SystemTask.call("test", () -> vacancies.draftFrom(posted.id())), "13.50", 25);
        long before = auditLog.count("vacancy", posted.id().value().toString());
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.update(posted.id(), withTitle(lower, "X"))))
                .isInstanceOfSatisfying(FairWorkRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("BELOW_MINIMUM_WAGE");
                    assertThat(refused.minimumWage()).isEqualByComparingTo("14.71");
                });
        var after = SystemTask.call("test", () -> vacancies.get(posted.id()));
        assertThat(after.title()).isEqualTo("Inpakker");
        assertThat(after.hourlyWage()).isEqualByComparingTo("15.00");
        assertThat(after.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(auditLog.count("vacancy", posted.id().value().toString())).as("the refusal is recorded")
                .isEqualTo(before + 1);
    }

    @Test
    void a_change_is_published_held_for_review_or_kept_offline_like_a_new_vacancy() {
        UUID employer = otherEmployer();
        var posted = SystemTask.call("test", () -> vacancies.post(job(employer, "Productiemedewerker", "15.00",
                WorkTerms.STANDARD)));
        var draft = SystemTask.call("test", () -> vacancies.draftFrom(posted.id()));
        var housing = new WorkTerms(ContractType.FIXED_TERM, 21, 8, true, false, false);
        var held = update(posted.id(), withTerms(draft, housing));
        assertThat(held.status()).isEqualTo(VacancyStatus.IN_REVIEW);
        assertThat(held.reviewReasons()).containsExactly("HOUSING_TIED");
        assertThat(update(posted.id(), draft).status()).as("the cause removed").isEqualTo(VacancyStatus.OPEN);

        SystemTask.call("test", () -> vacancies.changeStatus(posted.id(), VacancyStatus.PAUSED));
        assertThat(update(posted.id(), draft).status()).as("paused stays paused").isEqualTo(VacancyStatus.PAUSED);

        SystemTask.call("test", () -> vacancies.changeStatus(posted.id(), VacancyStatus.OPEN));
        update(posted.id(), withTerms(draft, housing));
        SystemTask.call("test", () -> vacancies.review(posted.id(), false, "Huisvesting los van het werk."));
        assertThat(update(posted.id(), draft).status()).as("what the municipality refused, it sees again")
                .isEqualTo(VacancyStatus.IN_REVIEW);

        SystemTask.run("test", () -> vacancies.suspend(posted.id()));
        assertThatThrownBy(() -> update(posted.id(), draft)).isInstanceOfSatisfying(InvalidVacancy.class,
                invalid -> assertThat(invalid.code()).isEqualTo("SUSPENDED"));
        assertThatThrownBy(() -> SystemTask.call("test", () -> vacancies.draftFrom(posted.id())))
                .as("nor copied").isInstanceOf(InvalidVacancy.class);

        jdbc.sql("update employer set status = 'PENDING' where id = ?").param(employer).update();
        var pending = SystemTask.call("test", () -> vacancies.post(job(employer, "Schoonmaker", "15.00",
                WorkTerms.STANDARD)));
        assertThat(pending.status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(update(pending.id(), withTitle(draft, "Schoonmaker")).status()).isEqualTo(VacancyStatus.DRAFT);
    }

    @Test
    void a_dual_trajectory_has_work_and_language_days_apart_and_aims_no_lower_than_it_starts() {
        UUID employer = otherEmployer();
        assertThat(code(dual(employer, Set.of(), Set.of(DayOfWeek.FRIDAY), CefrLevel.B1)))
                .isEqualTo("DUAL_WORK_DAYS_MISSING");
        assertThat(code(dual(employer, Set.of(DayOfWeek.MONDAY), Set.of(), CefrLevel.B1)))
                .isEqualTo("DUAL_LANGUAGE_DAYS_MISSING");
        assertThat(code(dual(employer, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of(DayOfWeek.TUESDAY),
                CefrLevel.B1))).isEqualTo("DUAL_DAYS_OVERLAP");
        assertThat(code(dual(employer, Set.of(DayOfWeek.MONDAY), Set.of(DayOfWeek.TUESDAY), CefrLevel.A1)))
                .as("A2 at the start").isEqualTo("DUTCH_TARGET_BELOW_START");
        var job = job(employer, "Kok", "15.00", WorkTerms.STANDARD);
        assertThat(code(new VacancyDraft(job.employerId(), job.title(), "", VacancyType.JOB, FORKLIFT, Set.of(),
                Set.of(), CefrLevel.A2, null, 8, 32, Set.of(DayOfWeek.MONDAY), Set.of(), job.locationId(),
                job.hourlyWage(), null, 1, false, Set.of(), WorkTerms.STANDARD, Set.of(), true, null)))
                .isEqualTo("DUAL_ONLY");
        assertThat(code(new VacancyDraft(job.employerId(), job.title(), "", VacancyType.JOB, FORKLIFT, Set.of(),
                Set.of(), CefrLevel.A2, null, 8, 32, Set.of(DayOfWeek.MONDAY), Set.of(), job.locationId(),
                job.hourlyWage(), null, 1, false, Set.of(), WorkTerms.STANDARD, Set.of("xx"), false, null)))
                .isEqualTo("LANGUAGE_UNKNOWN");

        var saved = SystemTask.call("test", () -> vacancies.post(dual(employer, Set.of(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY), Set.of(DayOfWeek.WEDNESDAY), CefrLevel.A2)));
        assertThat(saved.dutchLevelTarget()).as("the same level as at the start").isEqualTo(CefrLevel.A2);
        assertThat(saved.languageSupport()).isTrue();
        assertThat(saved.otherLanguages()).containsExactlyInAnyOrder("ar", "en");
        assertThat(SystemTask.call("test", () -> vacancies.draftFrom(saved.id())).otherLanguages())
                .containsExactlyInAnyOrder("ar", "en");
    }

    private VacancyView update(VacancyId id, VacancyDraft draft) {
        return SystemTask.call("test", () -> vacancies.update(id, draft));
    }

    private String code(VacancyDraft draft) {
        try {
            SystemTask.call("test", () -> vacancies.post(draft));
        } catch (InvalidVacancy invalid) {
            return invalid.code();
        }
        return "";
    }

    private VacancyDraft dual(UUID employer, Set<DayOfWeek> work, Set<DayOfWeek> language, CefrLevel target) {
        var d = job(employer, "Keukenhulp met taal", "15.00", WorkTerms.STANDARD);
        return new VacancyDraft(employer, d.title(), "", VacancyType.DUAL_TRAJECTORY, FORKLIFT, Set.of(), Set.of(),
                CefrLevel.A2, null, 16, 24, work, language, d.locationId(), d.hourlyWage(), d.startDate(), 1, false,
                Set.of(), WorkTerms.STANDARD, Set.of("en", "AR", "nl"), true, target);
    }

    private VacancyDraft job(UUID employer, String title, String wage, WorkTerms terms) {
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        return new VacancyDraft(employer, title, "", VacancyType.JOB, FORKLIFT, Set.of(), Set.of(), CefrLevel.A2,
                null, 24, 32, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of(), location, new BigDecimal(wage),
                LocalDate.of(2026, 12, 14), 1, false, Set.of(), terms);
    }

    private static VacancyDraft withTitle(VacancyDraft d, String title) {
        return new VacancyDraft(d.employerId(), title, d.description(), d.type(), d.occupationUri(),
                d.essentialSkills(), d.optionalSkills(), d.dutchLevel(), d.educationLevel(), d.hoursMin(),
                d.hoursMax(), d.workDays(), d.languageDays(), d.locationId(), d.hourlyWage(), d.startDate(),
                d.positions(), d.permitWilling(), d.certificates(), d.terms(), d.otherLanguages(),
                d.languageSupport(), d.dutchLevelTarget());
    }

    private static VacancyDraft withTerms(VacancyDraft d, WorkTerms terms) {
        return new VacancyDraft(d.employerId(), d.title(), d.description(), d.type(), d.occupationUri(),
                d.essentialSkills(), d.optionalSkills(), d.dutchLevel(), d.educationLevel(), d.hoursMin(),
                d.hoursMax(), d.workDays(), d.languageDays(), d.locationId(), d.hourlyWage(), d.startDate(),
                d.positions(), d.permitWilling(), d.certificates(), terms, d.otherLanguages(), d.languageSupport(),
                d.dutchLevelTarget());
    }

    private static VacancyDraft withWage(VacancyDraft d, String wage, int minimumAge) {
        var t = d.terms();
        return new VacancyDraft(d.employerId(), d.title(), d.description(), d.type(), d.occupationUri(),
                d.essentialSkills(), d.optionalSkills(), d.dutchLevel(), d.educationLevel(), d.hoursMin(),
                d.hoursMax(), d.workDays(), d.languageDays(), d.locationId(), new BigDecimal(wage), d.startDate(),
                d.positions(), d.permitWilling(), d.certificates(), new WorkTerms(t.contractType(), minimumAge,
                t.maxHoursPerDay(), t.housingTied(), t.feesCharged(), t.unpaidTrial()), d.otherLanguages(),
                d.languageSupport(), d.dutchLevelTarget());
    }

    private UUID demoEmployer() {
        return jdbc.sql("select e.id from employer e join app_user u on u.organisation_id = e.organisation_id "
                + "where u.username = 'employer'").query(UUID.class).single();
    }

    /** A new employer of one's own, so that no other test depends on what this one does to it. */
    private UUID otherEmployer() {
        return SystemTask.call("test", () -> employers.register(new NewEmployer("Wijzig BV "
                + UUID.randomUUID().toString().substring(0, 6), null, "Logistiek", "Zeist", null, null))).id().value();
    }
}

package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A newcomer reports a signal in Ukrainian, anonymously; the municipality adds a note, takes the
 * vacancy offline and closes the signal with an outcome. Suspending an employer takes all its
 * vacancies offline.
 */
@IntegrationTest
class SignalsTest extends SpringBrowserlessTest {

    @Autowired
    ExploitationSignals signals;
    @Autowired
    VacancyService vacancies;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("newcomer")
    @SuppressWarnings("unchecked")
    void a_newcomer_reports_in_ukrainian_and_the_municipality_closes_it() {
        com.vaadin.flow.component.UI.getCurrent().navigate("signals/new",
                com.vaadin.flow.router.QueryParameters.of("lang", "uk"));
        var category = (Select<SignalCategory>) $(Select.class).id("signal-category");
        test($(Button.class).id("signal-send")).click();
        assertThat(category.isInvalid()).as("nothing chosen, nothing sent").isTrue();
        category.setValue(SignalCategory.DOCUMENTS_KEPT);
        var vacancy = (ComboBox<VacancyView>) $(ComboBox.class).id("signal-vacancy");
        VacancyView about = vacancy.getListDataView().getItems().findFirst().orElseThrow();
        vacancy.setValue(about);
        test($(TextArea.class).id("signal-description")).setValue("Роботодавець забрав мій паспорт.");
        test($(Checkbox.class).id("signal-anonymous")).click();
        test($(Button.class).id("signal-send")).click();
        assertThat($(Paragraph.class).id("signal-result").getText()).contains("Дякуємо");
        // the account remembers its language: back to Dutch
        com.vaadin.flow.component.UI.getCurrent().navigate("my/rights", com.vaadin.flow.router.QueryParameters.of("lang", "nl"));

        UUID id = jdbc.sql("select id from exploitation_signal where description like 'Роботодавець забрав%' "
                + "order by created_at desc limit 1").query(UUID.class).single();
        assertThat(jdbc.sql("select reporter_id is null and language = 'uk' from exploitation_signal where id = ?")
                .param(id).query(Boolean.class).single()).as("anonymous, in Ukrainian").isTrue();

        SystemTask.run("municipality", () -> {
            navigate("signals", Component.class);
            var queue = $view(Div.class).id("signals");
            assertThat(queue.getElement().getTextRecursively()).contains("Werkgever houdt paspoort of bankpas",
                    "Роботодавець забрав мій паспорт.", "anoniem");
            signals.note(id, "Gebeld met de melder via de jobhunter.");
            signals.suspendVacancy(id);
            assertThat(signals.get(id).status()).isEqualTo(SignalStatus.IN_PROGRESS);
            assertThatThrownBy(() -> signals.decide(id, SignalStatus.CLOSED, null, null))
                    .as("a closed signal needs an outcome").isInstanceOf(IllegalArgumentException.class);
            var closed = signals.decide(id, SignalStatus.CLOSED, "VACANCY_SUSPENDED", null);
            assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
            assertThat(closed.notes()).extracting(SignalView.Note::text).contains("vacancy suspended");
            assertThat(signals.queue(null)).extracting(SignalView::id).doesNotContain(id);
        });
        assertThat(jdbc.sql("select status from vacancy where id = ?").param(about.id().value()).query(String.class)
                .single()).isEqualTo("SUSPENDED");
        assertThatThrownBy(() -> vacancies.get(about.id())).as("no longer public")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void suspending_an_employer_takes_all_its_vacancies_offline() {
        var employer = SystemTask.call("test", () -> employers().register(new NewEmployer("Signaal BV", "87654321",
                "Land- en tuinbouw", "Zeist", null, null)));
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        var posted = SystemTask.call("test", () -> vacancies.post(new VacancyDraft(employer.id().value(), "Plukker",
                "", VacancyType.JOB, "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755",
                java.util.Set.of(), java.util.Set.of(), nl.werkbrug.shared.CefrLevel.A0, null, 8, 32,
                java.util.Set.of(java.time.DayOfWeek.MONDAY), java.util.Set.of(), location,
                new java.math.BigDecimal("15.00"), null, 1, false)));
        assertThat(posted.status()).isEqualTo(VacancyStatus.OPEN);
        UUID id = SystemTask.call("test", () -> signals.report(null, employer.id(), SignalCategory.DEBTS_TO_EMPLOYER,
                "", false, "nl"));
        SystemTask.run("test", () -> signals.suspendEmployer(id));
        assertThat(jdbc.sql("select status from employer where id = ?").param(employer.id().value())
                .query(String.class).single()).isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("select status from vacancy where id = ?").param(posted.id().value()).query(String.class)
                .single()).isEqualTo("SUSPENDED");
    }

    @Autowired
    EmployerService employerService;

    private EmployerService employers() {
        return employerService;
    }
}

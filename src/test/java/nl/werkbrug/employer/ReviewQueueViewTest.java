package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The municipality works the review queue: sees why a vacancy was held back, rejects one with a note, publishes another. */
@IntegrationTest
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    VacancyService vacancies;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("municipality")
    void the_municipality_rejects_one_with_a_note_and_publishes_another() {
        var tied = hold("Oogstmedewerker met verplichte huisvesting", new WorkTerms(ContractType.FIXED_TERM, 21, 10,
                true, false, false));
        var fees = hold("Schoonmaker met bemiddelingskosten", new WorkTerms(ContractType.TEMPORARY_AGENCY, 21, 8,
                false, true, false));
        navigate("review", Component.class);
        var queue = $view(Div.class).id("review-queue");
        assertThat(queue.getElement().getText() + textOf(queue)).contains(tied.title(), fees.title(),
                "Huisvesting gekoppeld aan het werk", "Kosten voor de werknemer");

        var tiedCard = card(queue, tied.title());
        test($(Button.class, tiedCard).withClassName("review-reject").single()).click();
        assertThat(vacancies.get(tied.id()).status()).as("no note, no rejection").isEqualTo(VacancyStatus.IN_REVIEW);
        test($(TextArea.class, tiedCard).single()).setValue("Huisvesting mag niet verplicht zijn.");
        test($(Button.class, tiedCard).withClassName("review-reject").single()).click();
        assertThat(vacancies.get(tied.id()).status()).isEqualTo(VacancyStatus.REJECTED);
        assertThat(vacancies.get(tied.id()).reviewNote()).isEqualTo("Huisvesting mag niet verplicht zijn.");

        var feesCard = card($view(Div.class).id("review-queue"), fees.title());
        test($(Button.class, feesCard).withClassName("review-publish").single()).click();
        assertThat(vacancies.get(fees.id()).status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(textOf($view(Div.class).id("review-queue"))).doesNotContain(tied.title(), fees.title());
    }

    private VacancyView hold(String title, WorkTerms terms) {
        UUID employer = jdbc.sql("select id from employer where status = 'APPROVED' order by id limit 1")
                .query(UUID.class).single();
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        var held = SystemTask.call("test", () -> vacancies.post(new VacancyDraft(employer, title, "", VacancyType.JOB,
                "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755", Set.of(), Set.of(),
                CefrLevel.A1, null, 8, 32, Set.of(DayOfWeek.MONDAY), Set.of(), location, new BigDecimal("15.00"),
                LocalDate.now().plusDays(20), 1, false, Set.of(), terms)));
        assertThat(held.status()).isEqualTo(VacancyStatus.IN_REVIEW);
        return held;
    }

    private static Div card(Div queue, String title) {
        return queue.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(d -> textOf(d).contains(title)).findFirst().orElseThrow();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}

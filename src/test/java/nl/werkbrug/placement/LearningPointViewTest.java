package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The learning point dialog on a track card of the candidate page, without a browser. */
@IntegrationTest
class LearningPointViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    CandidateService candidates;
    @Autowired
    Routes routes;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("jobhunter")
    @SuppressWarnings("unchecked")
    void the_jobhunter_records_a_learning_point_and_a_name_in_the_text_is_refused_and_kept() {
        var person = new PlacementFixtures(users, candidates, jdbc).newcomer(6);
        var track = routes.openElsewhere(person.id(), new Routes.Elsewhere("Zorgboerderij De Linde", "Zeist",
                VacancyType.WORK_EXPERIENCE, true), null);
        routes.stop(track.id(), StopReason.AVAILABILITY, LocalDate.now(), null);
        UI.getCurrent().navigate("candidates/" + person.id().value(), QueryParameters.of("lang", "nl"));

        test($(Button.class, $(Div.class).id("candidate-tracks")).withClassName("learning-point-add").single()).click();
        assertThat($(Dialog.class).id("learning-point-dialog").isOpened()).isTrue();
        test((RadioButtonGroup<LearningEffect>) $(RadioButtonGroup.class).id("learning-point-effect"))
                .selectItem("Hield tegen");
        test((MultiSelectComboBox<LearningTag>) $(MultiSelectComboBox.class).id("learning-point-tags"))
                .selectItem("Werkdagen en lesdagen", "Kinderopvang");
        var text = $(TextArea.class).id("learning-point-text");
        String withName = "Rooster van " + person.givenName() + " botste met de les";
        test(text).setValue(withName);
        test($(Button.class).id("learning-point-save")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Haal de naam van de kandidaat weg: een leerpunt blijft anoniem.");
        assertThat(text.getValue()).as("what was typed stays").isEqualTo(withName);
        assertThat($(Dialog.class).id("learning-point-dialog").isOpened()).isTrue();

        String marker = "Rooster botste met de les " + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
        test(text).setValue(marker);
        test($(Button.class).id("learning-point-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Het leerpunt is anoniem opgeslagen.");
        var row = jdbc.sql("select effect, tags, outcome, track_kind from learning_point where text = ?").param(marker)
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(row).isEqualTo("BLOCKED|WORK_AND_CLASS_DAYS,CHILDCARE|STOPPED|WORK_EXPERIENCE");
    }
}

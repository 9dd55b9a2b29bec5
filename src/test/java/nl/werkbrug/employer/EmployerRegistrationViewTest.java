package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The registration form as an employer uses it, and the municipality's decision on the screen. */
@IntegrationTest
class EmployerRegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployerOnboarding onboarding;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_wrong_kvk_number_is_explained_and_nothing_typed_is_lost() {
        navigate("register/employer", Component.class);
        String username = "aanmelder" + ThreadLocalRandom.current().nextInt(1_000_000);
        test($view(TextField.class).id("employer-name")).setValue("Groen Hoveniers " + username);
        test($view(TextField.class).id("employer-kvk")).setValue("1234567");
        test($view(ComboBox.class).id("employer-sector")).selectItem("land- en tuinbouw");
        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = $view(ComboBox.class).id("employer-municipality");
        municipality.setValue(municipality.getListDataView().getItem(0));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<LocationView> workplaces = $view(MultiSelectComboBox.class).id("employer-workplaces");
        workplaces.setValue(Set.of(workplaces.getListDataView().getItem(0)));
        test($view(TextField.class).id("employer-contact-name")).setValue("Iris de Groot");
        test($view(EmailField.class).id("employer-contact-email")).setValue(username + "@werkbrug.test");
        test($view(TextField.class).id("employer-username")).setValue(username);
        test($view(PasswordField.class).id("employer-password")).setValue("een-lang-wachtwoord");
        test($view(Checkbox.class).id("employer-privacy")).click();
        test($view(Button.class).id("employer-register")).click();

        var kvk = $view(TextField.class).id("employer-kvk");
        assertThat(kvk.isInvalid()).isTrue();
        assertThat(kvk.getErrorMessage()).contains("acht cijfers");
        assertThat($view(TextField.class).id("employer-contact-name").getValue()).isEqualTo("Iris de Groot");

        String number = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        test(kvk).setValue(number);
        test($view(Button.class).id("employer-register")).click();
        assertThat($view(Div.class).id("registration-done").getElement().getTextRecursively())
                .contains("Groen Hoveniers", "wacht op goedkeuring");
        assertThat(jdbc.sql("select status from employer where kvk_number = ?").param(number).query(String.class)
                .single()).isEqualTo("PENDING");
    }

    @Test
    @WithUserDetails("municipality")
    void the_municipality_rejects_only_with_a_reason_and_approves() {
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        String username = "wachtend" + ThreadLocalRandom.current().nextInt(1_000_000);
        var employer = onboarding.register(new EmployerRegistration("Wachtend " + username,
                String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)), "horeca", "Zeist",
                Set.of(location), "Contact", username + "@werkbrug.test", null, username, "een-lang-wachtwoord", true));
        navigate("employers", Component.class);
        var card = card(employer.name());
        test($(Button.class, card).withClassName("employer-reject").single()).click();
        assertThat($(TextArea.class, card).single().isInvalid()).as("no reason, no rejection").isTrue();
        test($(Button.class, card).withClassName("employer-approve").single()).click();
        assertThat(jdbc.sql("select status from employer where id = ?").param(employer.id().value())
                .query(String.class).single()).isEqualTo("APPROVED");
        assertThat($view(Div.class).id("employer-approvals").getElement().getTextRecursively())
                .doesNotContain(employer.name());
    }

    private Div card(String name) {
        return $(Div.class, $view(Div.class).id("employer-approvals")).withClassName("employer-item").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
    }
}

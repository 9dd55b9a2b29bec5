package nl.werkbrug.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.security.MailContact;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("admin")
class AdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_jobhunter_account() {
        navigate("admin", Component.class);
        test($(TextField.class).id("account-username")).setValue("jobhunter2");
        test($(TextField.class).id("account-name")).setValue("Tweede Jobhunter");
        test($(PasswordField.class).id("account-password")).setValue("a-long-enough-secret");
        test((ComboBox<Role>) $(ComboBox.class).id("account-role")).selectItem(
                getCurrentView().getElement().getComponent().orElseThrow().getTranslation("role.JOBHUNTER"));
        test($(Button.class).id("account-create")).click();
        assertThat(users.findId("jobhunter2")).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void refuses_a_short_password_and_keeps_what_was_typed() {
        navigate("admin", Component.class);
        test($(TextField.class).id("account-username")).setValue("shortpass");
        test($(TextField.class).id("account-name")).setValue("Kort Wachtwoord");
        test($(PasswordField.class).id("account-password")).setValue("short");
        test((ComboBox<Role>) $(ComboBox.class).id("account-role")).selectItem(
                getCurrentView().getElement().getComponent().orElseThrow().getTranslation("role.EMPLOYER"));
        test($(Button.class).id("account-create")).click();
        assertThat(users.findId("shortpass")).isEmpty();
        assertThat($(TextField.class).id("account-username").getValue()).isEqualTo("shortpass");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_account_gets_an_email_address_for_notifications_and_a_wrong_one_is_refused() {
        String username = "mail" + java.util.UUID.randomUUID().toString().substring(0, 8);
        navigate("admin", Component.class);
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-name")).setValue("Met E-mail");
        test($(PasswordField.class).id("account-password")).setValue("a-long-enough-secret");
        test((ComboBox<Role>) $(ComboBox.class).id("account-role")).selectItem(
                getCurrentView().getElement().getComponent().orElseThrow().getTranslation("role.JOBHUNTER"));
        test($(EmailField.class).id("account-email")).setValue("geen adres");
        test($(Button.class).id("account-create")).click();
        assertThat(users.findId(username)).isEmpty();

        test($(EmailField.class).id("account-email")).setValue(username + "@werkbrug.test");
        test($(Button.class).id("account-create")).click();
        var id = users.findId(username).orElseThrow();
        assertThat(users.mailContact(id)).map(MailContact::email).contains(username + "@werkbrug.test");
    }
}

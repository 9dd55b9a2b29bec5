package nl.werkbrug.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.UserService;

/** Creates an account: its role, and the organisation or locations the person works for. */
class AccountForm extends FormLayout {

    static final int MINIMUM_PASSWORD = 12;

    AccountForm(UserService users, OrganisationService organisations, Runnable created) {
        setId("account-form");
        var username = new TextField(getTranslation("admin.user.username"));
        var name = new TextField(getTranslation("admin.user.name"));
        var email = new EmailField(getTranslation("admin.user.email"));
        email.setHelperText(getTranslation("admin.user.email.help"));
        var password = new PasswordField(getTranslation("admin.user.password"));
        password.setHelperText(getTranslation("admin.user.password.help", MINIMUM_PASSWORD));
        var role = new ComboBox<Role>(getTranslation("admin.user.role"), Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        var organisation = new ComboBox<OrganisationView>(getTranslation("admin.user.organisation"),
                organisations.organisations());
        organisation.setItemLabelGenerator(OrganisationView::name);
        var locations = new MultiSelectComboBox<LocationView>(getTranslation("admin.user.locations"),
                organisations.locations());
        locations.setItemLabelGenerator(LocationView::name);
        var create = new Button(getTranslation("admin.user.create"), click -> {
            if (username.isEmpty() || name.isEmpty() || role.isEmpty()
                    || password.getValue().length() < MINIMUM_PASSWORD) {
                error(getTranslation("admin.user.incomplete", MINIMUM_PASSWORD));
                return;
            }
            if (email.isInvalid()) {
                error(getTranslation("admin.user.email.invalid"));
                return;
            }
            try {
                users.create(new NewUser(username.getValue().trim(), password.getValue(), name.getValue().trim(),
                        Set.of(role.getValue()), locations.getValue().stream().map(l -> l.id().value())
                        .collect(Collectors.toSet()),
                        organisation.isEmpty() ? null : organisation.getValue().id().value(), null,
                        email.getValue()));
            } catch (IllegalArgumentException e) {
                error(getTranslation("admin.user.taken"));
                return;
            }
            Notification.show(getTranslation("admin.user.created", username.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            username.clear();
            name.clear();
            email.clear();
            password.clear();
            created.run();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        username.setId("account-username");
        name.setId("account-name");
        email.setId("account-email");
        password.setId("account-password");
        role.setId("account-role");
        locations.setId("account-locations");
        create.setId("account-create");
        add(username, name, email, password, role, organisation, locations, create);
    }

    private static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

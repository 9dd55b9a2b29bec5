package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.employer.EmployerOnboarding;
import nl.werkbrug.employer.RegistrationRefused;

/** A colleague opens the invitation link and makes their own account for the employer. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerOnboarding onboarding;

    AcceptInvitationView(EmployerOnboarding onboarding) {
        this.onboarding = onboarding;
        addClassNames("view", "registration-page");
        setId("accept-invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        var link = onboarding.invitation(token);
        if (link.isEmpty() || !link.get().open()) {
            add(new H1(getTranslation("invitation.title")), new Paragraph(getTranslation("invitation.invalid")),
                    new Anchor("login", getTranslation("registration.toLogin")));
            return;
        }
        var name = new TextField(getTranslation("invitation.name"));
        name.setValue(link.get().name());
        name.setId("invitation-name");
        var username = new TextField(getTranslation("registration.username"));
        username.setValue(link.get().email());
        username.setId("invitation-username");
        var password = new PasswordField(getTranslation("registration.password"));
        password.setHelperText(getTranslation("registration.password.help"));
        password.setId("invitation-password");
        var accept = new Button(getTranslation("invitation.accept"), click -> {
            try {
                onboarding.accept(token, username.getValue().strip(), password.getValue(), name.getValue());
                removeAll();
                add(new H1(getTranslation("invitation.title")), new Paragraph(getTranslation("invitation.done")),
                        new Anchor("login", getTranslation("registration.toLogin")));
            } catch (RegistrationRefused refused) {
                var field = switch (refused.field()) {
                    case "password" -> password;
                    case "displayName" -> name;
                    default -> username;
                };
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("registration.refused." + refused.code()));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("invitation-accept");
        add(new H1(getTranslation("invitation.title")),
                new Paragraph(getTranslation("invitation.intro", link.get().organisation())),
                new FormLayout(name, username, password), accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}

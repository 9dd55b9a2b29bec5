package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.candidate.ActivationRefused;
import nl.werkbrug.candidate.CandidateAccounts;
import nl.werkbrug.shared.UiLanguage;

/** A newcomer registered at intake opens their activation link and makes their own account. */
@Route(value = "activate/:token", autoLayout = false)
@AnonymousAllowed
class ActivateAccountView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateAccounts accounts;

    ActivateAccountView(CandidateAccounts accounts) {
        this.accounts = accounts;
        addClassNames("view", "registration-page");
        setId("activate-account");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        var link = accounts.link(token);
        if (link.isEmpty() || !link.get().open()) {
            var invalid = new Paragraph(getTranslation("activate.invalid"));
            invalid.setId("activate-invalid");
            add(new H1(getTranslation("activate.title")), invalid,
                    new Anchor("login", getTranslation("registration.toLogin")));
            return;
        }
        var username = new TextField(getTranslation("registration.username"));
        username.setId("activate-username");
        var password = new PasswordField(getTranslation("registration.password"));
        password.setHelperText(getTranslation("registration.password.help"));
        password.setId("activate-password");
        var language = new Select<UiLanguage>();
        language.setLabel(getTranslation("activate.language"));
        language.setItems(UiLanguage.values());
        language.setItemLabelGenerator(UiLanguage::nativeName);
        language.setValue(UiLanguage.of(getLocale()));
        language.setId("activate-language");
        var activate = new Button(getTranslation("activate.submit"), click -> {
            try {
                accounts.activate(token, username.getValue(), password.getValue(), language.getValue());
                removeAll();
                var done = new Paragraph(getTranslation("activate.done"));
                done.setId("activate-done");
                add(new H1(getTranslation("activate.title")), done,
                        new Anchor("login", getTranslation("registration.toLogin")));
            } catch (ActivationRefused refused) {
                var field = "password".equals(refused.field()) ? password : username;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("activate.refused." + refused.code()));
            }
        });
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.setId("activate-submit");
        add(new H1(getTranslation("activate.title")),
                new Paragraph(getTranslation("activate.intro", link.get().givenName())),
                new FormLayout(username, password, language), activate);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activate.title") + " · " + getTranslation("app.name");
    }
}

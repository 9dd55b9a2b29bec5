package nl.werkbrug.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.shared.UiLanguage;

/** Signing in, in the language chosen with {@code ?lang=}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        var languages = new HorizontalLayout();
        for (UiLanguage language : UiLanguage.values()) {
            var link = new Anchor("login?lang=" + language.code(), language.nativeName());
            link.getElement().setAttribute("lang", language.code());
            languages.add(link);
        }
        var register = new Anchor("register/employer", getTranslation("login.registerEmployer"));
        register.setId("register-employer");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form, register, languages,
                new Paragraph(getTranslation("esco.credit")));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formI18n = new LoginI18n.Form();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        formI18n.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(formI18n);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setI18n(i18n());
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerOnboarding;
import nl.werkbrug.employer.EmployerRegistration;
import nl.werkbrug.employer.RegistrationRefused;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.UiLanguage;

/**
 * An employer registers itself: the organisation with its KvK number (eight digits, checked as it is
 * typed), sector, municipality and workplaces, the contact person, and the account to sign in with.
 * A refused registration keeps everything typed and says what to change, in the chosen language.
 */
@Route(value = "register/employer", autoLayout = false)
@AnonymousAllowed
class EmployerRegistrationView extends Main implements HasDynamicTitle {

    static final List<String> SECTORS = List.of("bouw", "detailhandel", "horeca", "logistiek", "metaal",
            "schoonmaak", "techniek", "zorg", "land- en tuinbouw", "ict", "onderwijs", "overheid", "productie");

    private final EmployerOnboarding onboarding;
    private final TextField name = new TextField();
    private final TextField kvk = new TextField();
    private final ComboBox<String> sector = new ComboBox<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final MultiSelectComboBox<LocationView> workplaces = new MultiSelectComboBox<>();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox privacy = new Checkbox();
    private final Div result = new Div();

    EmployerRegistrationView(EmployerOnboarding onboarding, OrganisationService organisations) {
        this.onboarding = onboarding;
        addClassNames("view", "registration-page");
        setId("employer-registration");
        List<LocationView> locations = SystemTask.call("registration-form", organisations::locations);
        label(name, "name", "employer-name");
        label(kvk, "kvk", "employer-kvk");
        kvk.setHelperText(getTranslation("registration.kvk.help"));
        kvk.setAllowedCharPattern("[0-9 .]");
        kvk.setMaxLength(10);
        kvk.addValueChangeListener(change -> checkKvk());
        label(sector, "sector", "employer-sector");
        sector.setItems(SECTORS);
        sector.setAllowCustomValue(true);
        sector.addCustomValueSetListener(custom -> sector.setValue(custom.getDetail()));
        label(municipality, "municipality", "employer-municipality");
        municipality.setItems(locations.stream().map(LocationView::municipality).distinct().sorted().toList());
        label(workplaces, "workplaces", "employer-workplaces");
        workplaces.setItems(locations);
        workplaces.setItemLabelGenerator(l -> l.name() + " (" + l.municipality() + ")");
        label(contactName, "contactName", "employer-contact-name");
        label(contactEmail, "contactEmail", "employer-contact-email");
        label(contactPhone, "contactPhone", "employer-contact-phone");
        label(username, "username", "employer-username");
        label(password, "password", "employer-password");
        password.setHelperText(getTranslation("registration.password.help"));
        privacy.setLabel(getTranslation("registration.privacy"));
        privacy.setId("employer-privacy");
        var form = new FormLayout(name, kvk, sector, municipality, workplaces, contactName, contactEmail, contactPhone,
                username, password);
        var submit = new Button(getTranslation("registration.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("employer-register");
        result.setId("registration-result");
        add(new H1(getTranslation("registration.title")), new Paragraph(getTranslation("registration.intro")), form,
                privacy, submit, result, languages(), new Anchor("login", getTranslation("registration.toLogin")));
    }

    private boolean checkKvk() {
        String digits = kvk.getValue().replaceAll("[\\s.]", "");
        boolean valid = digits.matches("\\d{8}");
        kvk.setInvalid(!valid);
        kvk.setErrorMessage(valid ? null : getTranslation("registration.refused.KVK_FORMAT"));
        return valid;
    }

    private void submit() {
        result.removeAll();
        for (var field : List.of(name, kvk, contactName, contactEmail, username, password)) {
            field.setInvalid(false);
        }
        if (!checkKvk()) {
            return;
        }
        var registration = new EmployerRegistration(name.getValue(), kvk.getValue(),
                sector.getValue() == null ? "" : sector.getValue(),
                municipality.getValue() == null ? "" : municipality.getValue(),
                workplaces.getValue().stream().map(l -> l.id().value()).collect(Collectors.toSet()),
                contactName.getValue(), contactEmail.getValue(),
                contactPhone.getValue().isBlank() ? null : contactPhone.getValue(), username.getValue().strip(),
                password.getValue(), privacy.getValue());
        try {
            var details = onboarding.register(registration);
            removeAll();
            var done = new Div(new H1(getTranslation("registration.done.title")),
                    new Paragraph(getTranslation("registration.done.text", details.name())),
                    new Anchor("login", getTranslation("registration.toLogin")));
            done.setId("registration-done");
            add(done);
        } catch (RegistrationRefused refused) {
            Map<String, Component> fields = Map.of("name", name, "kvkNumber", kvk, "sector", sector, "municipality",
                    municipality, "locationIds", workplaces, "contactName", contactName, "contactEmail", contactEmail,
                    "contactPhone", contactPhone, "username", username, "password", password);
            String message = getTranslation("registration.refused." + refused.code());
            if (fields.get(refused.field()) instanceof HasValidation field) {
                field.setInvalid(true);
                field.setErrorMessage(message);
            }
            if ("privacyAccepted".equals(refused.field())) {
                message = getTranslation("registration.privacy.needed");
            }
            var error = new Paragraph(message);
            error.addClassName("error-text");
            result.add(error);
        }
    }

    private void label(Component field, String key, String id) {
        field.getElement().setProperty("label", getTranslation("registration." + key));
        field.setId(id);
    }

    private HorizontalLayout languages() {
        var languages = new HorizontalLayout();
        for (UiLanguage language : UiLanguage.values()) {
            var link = new Anchor("register/employer?lang=" + language.code(), language.nativeName());
            link.getElement().setAttribute("lang", language.code());
            languages.add(link);
        }
        return languages;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("app.name");
    }
}

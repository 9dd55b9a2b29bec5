package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.RightsToWork;
import nl.werkbrug.candidate.WorkPermission;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.taxonomy.TaxonomyService;

/** The newcomer's own profile, and their consent to be matched. */
@Route("my")
@Menu(title = "nav.my", order = 1, icon = "vaadin:user")
@RolesAllowed(AppRoles.NEWCOMER)
class MyProfileView extends Main implements HasDynamicTitle {

    MyProfileView(CandidateService candidates, RightsToWork rights, OrganisationService organisations,
                  TaxonomyService taxonomy) {
        addClassName("view");
        var profile = candidates.mine();
        if (profile.isEmpty()) {
            add(new Paragraph(getTranslation("my.noProfile")));
            return;
        }
        var edit = new Button(getTranslation("my.edit"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("my/edit")));
        edit.setId("edit-profile");
        add(new H2(getTranslation("my.welcome", profile.get().contact().givenName())), edit, details(profile.get(),
                organisations.location(new LocationId(profile.get().locationId())).map(LocationView::name).orElse(""),
                taxonomy));
        var consent = new Checkbox(getTranslation("my.consent"), profile.get().matchingConsentAt() != null);
        consent.setId("matching-consent");
        consent.addValueChangeListener(change -> candidates.consentToMatching(change.getValue()));
        add(consent, new Paragraph(getTranslation("my.consent.explained")));
        rights.mine().ifPresent(overview -> add(new RightToWorkPanel(rights, overview, false)));
    }

    private FormLayout details(CandidateProfile profile, String location, TaxonomyService taxonomy) {
        String language = getLocale().getLanguage();
        var form = new FormLayout();
        form.add(field("candidate.group", getTranslation("group." + profile.group().name())),
                field("candidate.location", location),
                field("candidate.dutch", profile.dutchLevel().name()),
                field("candidate.languages", profile.otherLanguages().entrySet().stream()
                        .map(e -> Locale.forLanguageTag(e.getKey()).getDisplayLanguage(getLocale()) + " " + e.getValue())
                        .sorted().collect(Collectors.joining(", "))),
                area("candidate.occupations", profile.occupations().keySet().stream()
                        .map(uri -> taxonomy.label(uri, language)).sorted().collect(Collectors.joining("\n"))),
                area("candidate.skills", profile.skills().stream()
                        .map(uri -> taxonomy.label(uri, language)).sorted().collect(Collectors.joining("\n"))),
                area("profile.certificates", profile.certificates().stream()
                        .map(c -> getTranslation("certificate." + c.name())).sorted()
                        .collect(Collectors.joining("\n"))));
        return form;
    }

    private TextArea area(String key, String value) {
        var area = new TextArea(getTranslation(key));
        area.setId("my-" + key.substring(key.indexOf('.') + 1));
        area.setValue(value);
        area.setReadOnly(true);
        return area;
    }

    private TextField field(String key, String value) {
        var field = new TextField(getTranslation(key));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my");
    }
}

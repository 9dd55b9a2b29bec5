package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.taxonomy.TaxonomyService;

/** The newcomer completes their own profile with the guided form, with or without a CV. */
@Route("my/edit")
@RolesAllowed(AppRoles.NEWCOMER)
class MyProfileEditView extends Main implements HasDynamicTitle {

    MyProfileEditView(CandidateService candidates, OrganisationService organisations, TaxonomyService taxonomy,
                      CvDocuments documents) {
        addClassName("view");
        var profile = candidates.mine();
        if (profile.isEmpty()) {
            add(new Paragraph(getTranslation("my.noProfile")));
            return;
        }
        var form = new ProfileForm(taxonomy, organisations.locations(), false);
        form.read(profile.get(), taxonomy);
        var save = new Button(getTranslation("profile.save"), click -> form.write().ifPresentOrElse(draft -> {
            candidates.update(profile.get().id(), draft);
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("my"));
        }, () -> Notification.show(getTranslation("profile.error.form")).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cv = new CvPanel(documents, taxonomy, form, () -> profile.get().id().value());
        cv.showLatest(profile.get().id().value());
        var formColumn = new Div(form, save);
        formColumn.addClassName("profile-column");
        var layout = new Div(formColumn, cv);
        layout.addClassName("profile-with-cv");
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.edit");
    }
}

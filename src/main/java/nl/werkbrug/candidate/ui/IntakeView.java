package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateAccounts;
import nl.werkbrug.candidate.CandidateErasure;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.RightsToWork;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;

/**
 * The jobhunter's intake: a new candidate (address {@code intake}) or changes to one of their
 * candidates ({@code intake/<id>}), built with the guided form, with or without a CV.
 */
@Route("intake/:id?")
@Menu(title = "nav.intake", order = 11, icon = "vaadin:plus-circle")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class IntakeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateService candidates;
    private final TaxonomyService taxonomy;
    private final CvDocuments documents;
    private final ProfileForm form;
    private final CvPanel cv;
    private final RightsToWork rights;
    private final Div rightToWork = new Div();
    private final CandidateAccounts accounts;
    private final CandidateErasure erasure;
    private final Div formColumn;
    private @Nullable CandidateId editing;

    IntakeView(CandidateService candidates, OrganisationService organisations, TaxonomyService taxonomy,
               CvDocuments documents, RightsToWork rights, CandidateAccounts accounts, CandidateErasure erasure) {
        this.candidates = candidates;
        this.rights = rights;
        this.accounts = accounts;
        this.erasure = erasure;
        this.taxonomy = taxonomy;
        this.documents = documents;
        addClassName("view");
        form = new ProfileForm(taxonomy, organisations.locations(), true);
        cv = new CvPanel(documents, taxonomy, form, () -> editing == null ? null : editing.value());
        var save = new Button(getTranslation("profile.save"), click -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formColumn = new Div(form, save, rightToWork);
        formColumn.addClassName("profile-column");
        var layout = new Div(formColumn, cv);
        layout.addClassName("profile-with-cv");
        add(layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").ifPresent(id -> {
            editing = new CandidateId(UUID.fromString(id));
            var profile = candidates.profile(editing);
            form.read(profile, taxonomy);
            cv.showLatest(editing.value());
            rightToWork.removeAll();
            rightToWork.add(new RightToWorkPanel(rights, rights.overview(editing), true));
            if (profile.userId() == null) {
                formColumn.add(new AccountLinkPanel(accounts, editing));
            }
            if (CurrentUser.get().filter(user -> user.has(Role.ADMIN)).isPresent()) {
                formColumn.add(new AdminErasurePanel(erasure, editing));
            }
        });
    }

    private void save() {
        form.write().ifPresentOrElse(draft -> {
            if (editing == null) {
                var created = candidates.register(draft);
                cv.uploaded().forEach(document -> documents.attach(document, created.id().value()));
            } else {
                candidates.update(editing, draft);
            }
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("caseload"));
        }, () -> Notification.show(getTranslation("profile.error.form")).addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "nav.intake" : "intake.edit");
    }
}

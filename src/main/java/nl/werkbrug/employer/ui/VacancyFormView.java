package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.FairWorkRefused;
import nl.werkbrug.employer.InvalidVacancy;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;

/**
 * The employer writes a vacancy or placement, changes one ({@code :id/edit}) or starts from a copy of
 * one ({@code new?copy=<id>}). Saving says where the vacancy stands: published, waiting for the
 * municipality's review, or a draft until the municipality approved the employer. A refusal is shown
 * at the field it concerns and leaves the form as it was.
 */
@Route("employer/vacancies/new")
@RouteAlias("employer/vacancies/:id/edit")
@RolesAllowed(AppRoles.EMPLOYER)
class VacancyFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VacancyService vacancies;
    private final EmployerService employers;
    private final TaxonomyService taxonomy;
    private final OrganisationService organisations;
    private @Nullable VacancyId editing;

    VacancyFormView(VacancyService vacancies, EmployerService employers, TaxonomyService taxonomy,
                    OrganisationService organisations) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        addClassName("view");
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editing = event.getRouteParameters().get("id").map(VacancyFormView::vacancyId).orElse(null);
        var employer = employers.mine();
        if (employer.isEmpty()) {
            add(new Paragraph(getTranslation("employer.none")));
            return;
        }
        var form = new VacancyForm(taxonomy, organisations.locations());
        VacancyId source = editing != null ? editing : event.getLocation().getQueryParameters()
                .getSingleParameter("copy").map(VacancyFormView::vacancyId).orElse(null);
        if (source != null) {
            try {
                form.read(vacancies.draftFrom(source));
            } catch (InvalidVacancy suspended) {
                add(new Paragraph(getTranslation("vacancyForm.invalid." + suspended.code())));
                return;
            }
        }
        UUID employerId = employer.get().id().value();
        var save = new Button(getTranslation("vacancyForm.save"), click -> save(form, employerId));
        save.setId("vacancy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("vacancyForm.cancel"), click -> UI.getCurrent().navigate("employer"));
        cancel.setId("vacancy-cancel");
        var intro = new Paragraph(getTranslation("vacancyForm.intro"));
        intro.addClassName("muted");
        add(intro, form, new HorizontalLayout(save, cancel));
    }

    private void save(VacancyForm form, UUID employerId) {
        var draft = form.write(employerId);
        if (draft.isEmpty()) {
            error(getTranslation("vacancyForm.checkFields"));
            return;
        }
        try {
            var saved = editing == null ? vacancies.post(draft.get()) : vacancies.update(editing, draft.get());
            var done = Notification.show(outcome(saved), 10_000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("employer");
        } catch (FairWorkRefused refused) {
            error(form.refused(refused) + " " + getTranslation("vacancyForm.refused.kept"));
        } catch (InvalidVacancy invalid) {
            error(form.invalid(invalid));
        }
    }

    private String outcome(VacancyView saved) {
        return switch (saved.status()) {
            case OPEN -> getTranslation("vacancyForm.saved.open", saved.title());
            case IN_REVIEW -> getTranslation("vacancyForm.saved.review", saved.title(), saved.reviewReasons().stream()
                    .map(code -> getTranslation("fairWork.warning." + code)).collect(Collectors.joining(", ")));
            case DRAFT -> getTranslation("vacancyForm.saved.draft", saved.title());
            default -> getTranslation("vacancyForm.saved.offline", saved.title());
        };
    }

    private void error(String message) {
        Notification.show(message, 10_000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static VacancyId vacancyId(String text) {
        try {
            return new VacancyId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("vacancy", text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "vacancyForm.page.new" : "vacancyForm.page.edit");
    }
}

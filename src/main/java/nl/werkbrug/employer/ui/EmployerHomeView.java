package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerOnboarding;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerStatus;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;

/**
 * The employer's start: their organisation and its vacancies and placements, a new one, and per
 * vacancy what can be done with it. A click on a row opens its matches.
 */
@Route("employer")
@Menu(title = "nav.employer", order = 20, icon = "vaadin:briefcase")
@RolesAllowed(AppRoles.EMPLOYER)
class EmployerHomeView extends Main implements HasDynamicTitle {

    EmployerHomeView(EmployerService employers, EmployerOnboarding onboarding, VacancyService vacancies,
                     OrganisationService organisations) {
        addClassNames("view", "full");
        var locations = organisations.locations().stream()
                .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        var employer = employers.mine();
        var create = new Button(getTranslation("vacancyForm.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("employer/vacancies/new")));
        create.setId("new-vacancy");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(employer.isPresent());
        var heading = new HorizontalLayout(new H2(employer.map(EmployerView::name)
                .orElse(getTranslation("employer.none"))), create);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        onboarding.mine().ifPresent(me -> {
            if (me.status() != EmployerStatus.APPROVED) {
                var banner = new Paragraph(getTranslation("employer.status." + me.status().name(),
                        me.reviewReason() == null ? "" : me.reviewReason()));
                banner.addClassName("status-banner");
                if (me.status() != EmployerStatus.PENDING) {
                    banner.addClassName("rejected");
                }
                banner.setId("employer-status");
                add(banner);
            }
        });
        add(new RouterLink(getTranslation("colleagues.title"), ColleaguesView.class));
        var profile = new RouterLink(getTranslation("network.profile.edit"), EmployerProfileView.class);
        profile.setId("edit-network-profile");
        add(new Paragraph(profile));
        var grid = new VacancyGrid(Map.of(), locations);
        grid.setId("my-vacancies");
        grid.setItems(query -> vacancies.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) vacancies.countMine());
        var actions = new VacancyActions(vacancies,
                employer.map(e -> e.status() == EmployerStatus.APPROVED).orElse(false),
                () -> grid.getDataProvider().refreshAll());
        grid.addComponentColumn(actions::of).setHeader(getTranslation("vacancyForm.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("employer/vacancies/"
                + click.getItem().id().value() + "/matches")));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employer");
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;

/** The employer's start: their organisation and its vacancies and placements. */
@Route("employer")
@Menu(title = "nav.employer", order = 20, icon = "vaadin:briefcase")
@RolesAllowed(AppRoles.EMPLOYER)
class EmployerHomeView extends Main implements HasDynamicTitle {

    EmployerHomeView(EmployerService employers, VacancyService vacancies, OrganisationService organisations) {
        addClassNames("view", "full");
        var locations = organisations.locations().stream()
                .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        add(new H2(employers.mine().map(EmployerView::name).orElse(getTranslation("employer.none"))));
        var profile = new RouterLink(getTranslation("network.profile.edit"), EmployerProfileView.class);
        profile.setId("edit-network-profile");
        add(new Paragraph(profile));
        var grid = new VacancyGrid(Map.of(), locations);
        grid.setId("my-vacancies");
        grid.setItems(query -> vacancies.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) vacancies.countMine());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("employer/vacancies/"
                + click.getItem().id().value() + "/matches")));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employer");
    }
}

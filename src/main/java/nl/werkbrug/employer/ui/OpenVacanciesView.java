package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;

/** All open vacancies and placements, for jobhunters and the municipality. */
@Route("vacancies")
@Menu(title = "nav.vacancies", order = 30, icon = "vaadin:list")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class OpenVacanciesView extends Main implements HasDynamicTitle {

    OpenVacanciesView(EmployerService employers, VacancyService vacancies, OrganisationService organisations) {
        addClassNames("view", "full");
        var locations = organisations.locations().stream()
                .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        var names = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));
        var grid = new VacancyGrid(names, locations);
        grid.setId("open-vacancies");
        grid.setItems(query -> vacancies.open(query.getOffset(), query.getLimit()).stream(),
                query -> (int) vacancies.countOpen());
        boolean matching = nl.werkbrug.security.CurrentUser.get()
                .filter(u -> u.has(nl.werkbrug.security.Role.JOBHUNTER) || u.has(nl.werkbrug.security.Role.ADMIN))
                .isPresent();
        if (matching) {
            grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("vacancies/"
                    + click.getItem().id().value() + "/matches")));
        }
        add(grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.vacancies");
    }
}

package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;

/** The jobhunter's caseload: the candidates they work with, loaded page by page. */
@Route("caseload")
@Menu(title = "nav.caseload", order = 10, icon = "vaadin:users")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class CaseloadView extends Main implements HasDynamicTitle {

    CaseloadView(CandidateService candidates, OrganisationService organisations, Clock clock) {
        addClassNames("view", "full");
        Map<UUID, String> locations = organisations.locations().stream()
                .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        LocalDate today = LocalDate.now(clock);
        var grid = new Grid<CandidateSummary>();
        grid.setId("caseload");
        grid.addColumn(CandidateSummary::name).setHeader(getTranslation("candidate.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(c -> getTranslation("group." + c.group().name())).setHeader(getTranslation("candidate.group"));
        grid.addColumn(c -> locations.getOrDefault(c.locationId(), "")).setHeader(getTranslation("candidate.location"));
        grid.addColumn(c -> c.dutchLevel().name()).setHeader(getTranslation("candidate.dutch"));
        grid.addColumn(c -> ChronoUnit.WEEKS.between(c.intakeDate(), today))
                .setHeader(getTranslation("candidate.weeks")).setSortable(false);
        grid.addColumn(c -> getTranslation("permit." + c.permitStatus().name()))
                .setHeader(getTranslation("candidate.permit"));
        grid.addComponentColumn(c -> {
            var work = new Button(getTranslation("matches.open"), VaadinIcon.BRIEFCASE.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("candidates/" + c.id().value() + "/matches")));
            work.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            work.addClassName("open-matches");
            return work;
        }).setHeader(getTranslation("matches.open"));
        grid.setItems(query -> candidates.caseload(query.getOffset(), query.getLimit()).stream(),
                query -> (int) candidates.caseloadSize());
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("intake/" + click.getItem().id().value())));
        var intake = new Button(getTranslation("nav.intake"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("intake")));
        intake.setId("new-intake");
        add(new Paragraph(getTranslation("caseload.intro")), intake, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.caseload");
    }
}

package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.util.stream.Stream;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.candidate.CaseloadFilter;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.placement.CaseNotes;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The jobhunter's caseload, loaded page by page: per candidate the furthest stage of their route,
 * the weeks since intake with an alert at 8, 12 and 16 weeks, open actions and the permit. A name
 * search and filters narrow it to a location, to alerts, or to those waiting for a permit; a row
 * opens the candidate.
 */
@Route("caseload")
@Menu(title = "nav.caseload", order = 10, icon = "vaadin:users")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class CaseloadView extends Main implements HasDynamicTitle {

    /** One row: the candidate and what placement knows about them. */
    record Row(CandidateSummary person, @Nullable RouteStage stage, int openActions) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<LocationView> location = new ComboBox<>();
    private final Checkbox onlyAlerts = new Checkbox();
    private final Checkbox onlyPermit = new Checkbox();

    CaseloadView(CandidateService candidates, Routes routes, CaseNotes notes, OrganisationService organisations,
                 Clock clock) {
        addClassNames("view", "full");
        var locations = organisations.locations();
        Map<UUID, String> names = locations.stream().collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        LocalDate today = LocalDate.now(clock);
        grid.setId("caseload");
        grid.addColumn(r -> r.person().name()).setHeader(getTranslation("candidate.name")).setFrozen(true);
        grid.addColumn(r -> getTranslation("group." + r.person().group().name())).setHeader(getTranslation("candidate.group"));
        grid.addColumn(r -> names.getOrDefault(r.person().locationId(), "")).setHeader(getTranslation("candidate.location"));
        grid.addColumn(r -> r.stage() == null ? "" : getTranslation("stage." + r.stage().name()))
                .setHeader(getTranslation("caseload.stage"));
        grid.addComponentColumn(r -> weeks(ChronoUnit.WEEKS.between(r.person().intakeDate(), today)))
                .setHeader(getTranslation("candidate.weeks"));
        grid.addColumn(Row::openActions).setHeader(getTranslation("caseload.openActions"));
        grid.addColumn(r -> getTranslation("permit." + r.person().permitStatus().name()))
                .setHeader(getTranslation("candidate.permit"));
        grid.addColumn(r -> r.person().dutchLevel().name()).setHeader(getTranslation("candidate.dutch"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> {
            var page = candidates.caseload(filter(), query.getOffset(), query.getLimit());
            var ids = page.stream().map(CandidateSummary::id).toList();
            Map<CandidateId, RouteStage> stages = ids.isEmpty() ? Map.of() : routes.furthestActive(ids);
            Map<CandidateId, Integer> actions = ids.isEmpty() ? Map.of() : notes.openActions(ids);
            return page.stream().map(p -> new Row(p, stages.get(p.id()), actions.getOrDefault(p.id(), 0)));
        }, query -> (int) candidates.caseloadSize(filter()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("candidates/"
                + click.getItem().person().id().value())));

        search.setId("caseload-search");
        search.setPlaceholder(getTranslation("caseload.search"));
        search.setAriaLabel(getTranslation("caseload.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(c -> grid.getDataProvider().refreshAll());
        location.setId("caseload-location");
        location.setLabel(getTranslation("candidate.location"));
        location.setItems(locations);
        location.setItemLabelGenerator(LocationView::name);
        location.setClearButtonVisible(true);
        onlyAlerts.setId("caseload-alerts");
        onlyAlerts.setLabel(getTranslation("caseload.onlyAlerts"));
        onlyPermit.setId("caseload-permit");
        onlyPermit.setLabel(getTranslation("caseload.onlyPermit"));
        Stream.of(onlyAlerts, onlyPermit).forEach(box -> box.addValueChangeListener(c -> grid.getDataProvider().refreshAll()));
        location.addValueChangeListener(c -> grid.getDataProvider().refreshAll());

        var intake = new Button(getTranslation("nav.intake"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("intake")));
        intake.setId("new-intake");
        var filters = new HorizontalLayout(search, location, onlyAlerts, onlyPermit, intake);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new Paragraph(getTranslation("caseload.intro")), filters, grid);
        setHeightFull();
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(location.getValue() == null ? null : location.getValue().id().value(),
                onlyAlerts.getValue(), onlyPermit.getValue(), search.getValue());
    }

    /** The weeks since intake, with a badge from 8 weeks on (16 weeks is the deadline). */
    private Span weeks(long weeks) {
        var text = new Span(String.valueOf(weeks));
        if (weeks >= CaseloadFilter.FIRST_ALERT_WEEKS) {
            long level = weeks >= 16 ? 16 : weeks >= 12 ? 12 : 8;
            text.setText(getTranslation("caseload.alert." + level, weeks));
            text.addClassNames("chip", level == 8 ? "flag" : "alert", "weeks-" + level);
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.caseload");
    }
}

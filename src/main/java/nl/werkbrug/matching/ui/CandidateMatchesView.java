package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;

/**
 * Vacancies for a candidate, for their jobhunter: ranked, with reasons, gaps, the steps that would
 * help most, filters (type, sector, distance, Dutch level, right to work) and the shortlist.
 */
@Route("candidates/:id/matches")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class CandidateMatchesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private record Row(MatchService.Match match, VacancyView vacancy) {
    }

    private static final List<Integer> DISTANCES = List.of(5, 10, 25, 50, 100);

    private final MatchService matches;
    private final MatchTexts texts;
    private final Shortlist shortlist;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final Grid<Row> grid = new Grid<>();
    private final MultiSelectComboBox<VacancyType> types = new MultiSelectComboBox<>();
    private final ComboBox<String> sector = new ComboBox<>();
    private final Select<Integer> within = new Select<>();
    private final Select<CefrLevel> dutch = new Select<>();
    private final Checkbox withoutPermit = new Checkbox();
    private final Set<VacancyId> shortlisted = new HashSet<>();
    private CandidateId candidateId = new CandidateId(new UUID(0, 0));
    private String name = "";

    CandidateMatchesView(MatchService matches, MatchTexts texts, Shortlist shortlist, CandidateService candidates,
                         VacancyService vacancies, EmployerService employers) {
        this.matches = matches;
        this.texts = texts;
        this.shortlist = shortlist;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.employers = employers;
        addClassNames("view", "full");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            candidateId = new CandidateId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("candidate", event.getRouteParameters().get("id").orElse(""));
        }
        var person = candidates.summaries(List.of(candidateId)).get(candidateId);
        if (person == null) {
            throw new NotFoundException("candidate", candidateId);
        }
        name = person.name();
        build();
    }

    private void build() {
        removeAll();
        UiLanguage language = UiLanguage.of(getLocale());
        var employerList = employers.list();
        Map<UUID, String> employerNames = employerList.stream()
                .collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));

        types.setLabel(getTranslation("matches.filter.type"));
        types.setItems(VacancyType.values());
        types.setItemLabelGenerator(t -> getTranslation("vacancyType." + t.name()));
        types.setId("filter-type");
        sector.setLabel(getTranslation("matches.filter.sector"));
        List<String> sectors = List.copyOf(employerList.stream().map(EmployerView::sector).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
        sector.setItems(sectors);
        sector.setClearButtonVisible(true);
        sector.setId("filter-sector");
        within.setLabel(getTranslation("matches.filter.within"));
        within.setItems(DISTANCES);
        within.setItemLabelGenerator(km -> km == null ? getTranslation("matches.filter.ownDistance") : km + " km");
        within.setEmptySelectionAllowed(true);
        within.setEmptySelectionCaption(getTranslation("matches.filter.ownDistance"));
        within.setId("filter-within");
        dutch.setLabel(getTranslation("matches.filter.dutchAtMost"));
        dutch.setItems(CefrLevel.values());
        dutch.setItemLabelGenerator(l -> l == null ? getTranslation("matches.filter.any") : l.name());
        dutch.setEmptySelectionAllowed(true);
        dutch.setEmptySelectionCaption(getTranslation("matches.filter.any"));
        dutch.setId("filter-dutch");
        withoutPermit.setLabel(getTranslation("matches.filter.withoutPermitWork"));
        withoutPermit.setId("filter-without-permit");
        types.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sector.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        within.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        dutch.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        withoutPermit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(types, sector, within, dutch, withoutPermit);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        shortlisted.clear();
        shortlisted.addAll(shortlist.forCandidate(candidateId));
        grid.removeAllColumns();
        grid.setId("candidate-matches");
        grid.addColumn(row -> row.vacancy().title()).setHeader(getTranslation("vacancy.title")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(row -> employerNames.getOrDefault(row.vacancy().employerId().value(), ""))
                .setHeader(getTranslation("vacancy.employer")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("vacancyType." + row.vacancy().type().name()))
                .setHeader(getTranslation("vacancy.type")).setAutoWidth(true);
        grid.addColumn(row -> row.match().distanceKm() == null ? "" : row.match().distanceKm() + " km")
                .setHeader(getTranslation("matches.distance")).setAutoWidth(true);
        grid.addComponentColumn(row -> MatchChips.reasons(row.match(), texts, language))
                .setHeader(getTranslation("matches.reasons")).setFlexGrow(3);
        grid.addComponentColumn(row -> MatchChips.gaps(row.match(), texts, language))
                .setHeader(getTranslation("matches.gaps")).setFlexGrow(2);
        grid.addComponentColumn(row -> MatchChips.steps(row.match(), texts, language))
                .setHeader(getTranslation("matches.steps")).setFlexGrow(2);
        grid.addComponentColumn(this::shortlistButton).setHeader(getTranslation("matches.shortlist"))
                .setAutoWidth(true);
        grid.setPageSize(20);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        add(new H2(getTranslation("matches.vacanciesFor", name)), filters, grid);
    }

    private Stream<Row> fetch(int offset, int limit) {
        var filter = new MatchService.Filter(types.getValue(), sector.getValue(), null, within.getValue(),
                dutch.getValue(), withoutPermit.getValue());
        return matches.vacanciesFor(candidateId, filter, offset, limit).stream()
                .map(m -> new Row(m, vacancies.get(new VacancyId(UUID.fromString(m.id())))));
    }

    private Button shortlistButton(Row row) {
        var vacancy = row.vacancy().id();
        boolean on = shortlisted.contains(vacancy);
        var button = new Button(getTranslation(on ? "matches.onShortlist" : "matches.addToShortlist"),
                (on ? VaadinIcon.CHECK : VaadinIcon.PLUS).create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
        button.addClassName("shortlist-toggle");
        button.addClickListener(click -> {
            if (shortlisted.remove(vacancy)) {
                shortlist.remove(vacancy, candidateId);
            } else {
                shortlist.add(vacancy, candidateId);
                shortlisted.add(vacancy);
            }
            grid.getDataProvider().refreshItem(row);
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.vacanciesFor", name);
    }
}

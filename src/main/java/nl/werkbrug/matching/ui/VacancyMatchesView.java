package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Candidates for a vacancy, for the jobhunter: ranked, with the reasons, gaps and flags as chips,
 * filters, and a shortlist. The grid loads page by page as it scrolls.
 */
@Route("vacancies/:id/matches")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class VacancyMatchesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private record Row(MatchService.Match match, @Nullable CandidateSummary person) {
    }

    private final MatchService matches;
    private final MatchTexts texts;
    private final Shortlist shortlist;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final OrganisationService organisations;
    private final Grid<Row> grid = new Grid<>();
    private final Div kept = new Div();
    private final ComboBox<LocationView> location = new ComboBox<>();
    private final Select<CefrLevel> dutch = new Select<>();
    private final Checkbox withoutPermit = new Checkbox();
    private final Set<CandidateId> shortlisted = new HashSet<>();
    private VacancyId vacancyId = new VacancyId(new UUID(0, 0));
    private String title = "";

    VacancyMatchesView(MatchService matches, MatchTexts texts, Shortlist shortlist, CandidateService candidates,
                       VacancyService vacancies, OrganisationService organisations) {
        this.matches = matches;
        this.texts = texts;
        this.shortlist = shortlist;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.organisations = organisations;
        addClassNames("view", "full");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("vacancy", event.getRouteParameters().get("id").orElse(""));
        }
        vacancyId = new VacancyId(id);
        VacancyView vacancy = vacancies.get(vacancyId);
        title = vacancy.title();
        build(vacancy);
    }

    private void build(VacancyView vacancy) {
        removeAll();
        UiLanguage language = UiLanguage.of(getLocale());
        var places = organisations.locations();
        Map<UUID, String> placeNames = places.stream().collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        var heading = new H2(vacancy.title());
        var about = new Paragraph(String.join(" · ", getTranslation("vacancyType." + vacancy.type().name()),
                placeNames.getOrDefault(vacancy.locationId(), ""),
                getTranslation("matches.asks", vacancy.dutchLevel().name())));
        about.addClassName("muted");

        location.setLabel(getTranslation("matches.filter.location"));
        location.setItems(places);
        location.setItemLabelGenerator(LocationView::name);
        location.setClearButtonVisible(true);
        location.setId("filter-location");
        dutch.setLabel(getTranslation("matches.filter.dutchAtLeast"));
        dutch.setItems(CefrLevel.values());
        dutch.setItemLabelGenerator(l -> l == null ? getTranslation("matches.filter.any") : l.name());
        dutch.setEmptySelectionAllowed(true);
        dutch.setEmptySelectionCaption(getTranslation("matches.filter.any"));
        dutch.setId("filter-dutch");
        withoutPermit.setLabel(getTranslation("matches.filter.withoutPermit"));
        withoutPermit.setId("filter-without-permit");
        location.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        dutch.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        withoutPermit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(location, dutch, withoutPermit);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.removeAllColumns();
        grid.setId("vacancy-matches");
        grid.addColumn(row -> row.person() == null ? getTranslation("matches.notYours") : row.person().name())
                .setHeader(getTranslation("candidate.name")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(row -> "%.1f".formatted(row.match().score())).setHeader(getTranslation("matches.score"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.match().distanceKm() == null ? "" : row.match().distanceKm() + " km")
                .setHeader(getTranslation("matches.distance")).setAutoWidth(true);
        grid.addComponentColumn(row -> MatchChips.reasons(row.match(), texts, language))
                .setHeader(getTranslation("matches.reasons")).setFlexGrow(3);
        grid.addComponentColumn(row -> MatchChips.gaps(row.match(), texts, language))
                .setHeader(getTranslation("matches.gaps")).setFlexGrow(2);
        grid.addComponentColumn(this::shortlistButton).setHeader(getTranslation("matches.shortlist"))
                .setAutoWidth(true);
        grid.setPageSize(20);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setWidthFull();

        refreshShortlist();
        kept.setId("shortlist");
        kept.addClassName("shortlist");
        add(heading, about, filters, grid, new H3(getTranslation("matches.shortlist")), kept);
    }

    private Stream<Row> fetch(int offset, int limit) {
        var filter = new MatchService.Filter(Set.of(), null,
                location.getValue() == null ? null : location.getValue().id().value(), null, dutch.getValue(),
                withoutPermit.getValue());
        List<MatchService.Match> page = matches.candidatesFor(vacancyId, filter, offset, limit);
        Map<CandidateId, CandidateSummary> people = candidates.summaries(page.stream()
                .map(m -> new CandidateId(UUID.fromString(m.id()))).toList());
        return page.stream().map(m -> new Row(m, people.get(new CandidateId(UUID.fromString(m.id())))));
    }

    private Button shortlistButton(Row row) {
        var candidate = new CandidateId(UUID.fromString(row.match().id()));
        boolean on = shortlisted.contains(candidate);
        var button = new Button(getTranslation(on ? "matches.onShortlist" : "matches.addToShortlist"),
                (on ? VaadinIcon.CHECK : VaadinIcon.PLUS).create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
        button.setEnabled(row.person() != null);
        button.addClassName("shortlist-toggle");
        button.addClickListener(click -> {
            if (shortlisted.contains(candidate)) {
                shortlist.remove(vacancyId, candidate);
            } else {
                shortlist.add(vacancyId, candidate);
            }
            refreshShortlist();
            grid.getDataProvider().refreshItem(row);
        });
        return button;
    }

    private void refreshShortlist() {
        kept.removeAll();
        shortlisted.clear();
        var ids = shortlist.forVacancy(vacancyId);
        shortlisted.addAll(ids);
        if (ids.isEmpty()) {
            kept.add(new Span(getTranslation("matches.shortlistEmpty")));
            return;
        }
        var people = candidates.summaries(ids);
        for (CandidateId id : ids) {
            var person = people.get(id);
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                shortlist.remove(vacancyId, id);
                refreshShortlist();
                grid.getDataProvider().refreshAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("matches.removeFromShortlist"));
            // the candidate page tracks the route and proposes an introduction to this vacancy
            var item = new Span(new com.vaadin.flow.component.html.Anchor("candidates/" + id.value(),
                    person == null ? id.value().toString() : person.name()));
            item.addClassNames("chip", "kept");
            item.add(remove);
            kept.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.candidatesFor", title);
    }
}

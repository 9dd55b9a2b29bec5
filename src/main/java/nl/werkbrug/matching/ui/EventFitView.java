package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.employer.NetworkEventId;
import nl.werkbrug.employer.NetworkEventView;
import nl.werkbrug.employer.NetworkEvents;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;

/**
 * A network event seen by a jobhunter preparing for it: per employer that comes, which of the
 * jobhunter's own candidates fit that employer's open vacancies, with the score and its reasons.
 * Only a few vacancies per employer and a few candidates per vacancy, so the page answers "whom do
 * I bring to this job fair?"; the full list is one click further.
 */
@Route("network/events/:id/fit")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class EventFitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int VACANCIES_PER_EMPLOYER = 5;
    static final int CANDIDATES_PER_VACANCY = 3;

    private record Fit(VacancyView vacancy, List<MatchService.Match> matches) {
    }

    private final NetworkEvents events;
    private final VacancyService vacancies;
    private final MatchService matches;
    private final CandidateService candidates;
    private final MatchTexts texts;
    private String title = "";

    EventFitView(NetworkEvents events, VacancyService vacancies, MatchService matches, CandidateService candidates,
                 MatchTexts texts) {
        this.events = events;
        this.vacancies = vacancies;
        this.matches = matches;
        this.candidates = candidates;
        this.texts = texts;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        NetworkEventView networkEvent;
        try {
            networkEvent = events.get(new NetworkEventId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("event", id);
        }
        title = networkEvent.title();
        build(networkEvent);
    }

    private void build(NetworkEventView event) {
        removeAll();
        var facts = new Paragraph(String.join(" · ",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(event.date()),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(event.time()),
                event.place()));
        facts.addClassName("muted");
        add(new H2(event.title()), facts, new Paragraph(getTranslation("event.fit.intro")));
        Map<NetworkEventView.Attendee, List<Fit>> fits = new LinkedHashMap<>();
        for (var employer : event.employers()) {
            fits.put(employer, vacancies.openOf(employer.id(), VACANCIES_PER_EMPLOYER).stream()
                    .map(v -> new Fit(v, matches.candidatesFor(v.id(), MatchService.Filter.NONE, 0,
                            CANDIDATES_PER_VACANCY)))
                    .toList());
        }
        var people = candidates.summaries(fits.values().stream().flatMap(List::stream)
                .flatMap(f -> f.matches().stream()).map(m -> new CandidateId(UUID.fromString(m.id()))).toList());
        var list = new Div();
        list.setId("event-fit");
        list.addClassName("match-cards");
        if (fits.isEmpty()) {
            list.add(new Paragraph(getTranslation("event.fit.noEmployers")));
        }
        fits.forEach((employer, employerFits) -> list.add(employerCard(employer, employerFits, people)));
        add(list);
    }

    private Div employerCard(NetworkEventView.Attendee employer, List<Fit> fits,
                             Map<CandidateId, CandidateSummary> people) {
        var card = new Div();
        card.addClassNames("match-card", "fit-employer");
        card.add(new H3(employer.name()));
        if (fits.isEmpty()) {
            card.add(new Paragraph(getTranslation("event.fit.noVacancies")));
        }
        UiLanguage language = UiLanguage.of(getLocale());
        for (Fit fit : fits) {
            card.add(new H4(fit.vacancy().title() + " · " + getTranslation("vacancyType." + fit.vacancy().type().name())));
            var mine = fit.matches().stream()
                    .filter(m -> people.containsKey(new CandidateId(UUID.fromString(m.id())))).toList();
            if (mine.isEmpty()) {
                card.add(new Paragraph(getTranslation("event.fit.noCandidates")));
            }
            for (var match : mine) {
                var person = people.get(new CandidateId(UUID.fromString(match.id())));
                var name = new Span(person.name());
                name.addClassName("fit-candidate");
                var score = new Span(getTranslation("event.fit.score", "%.1f".formatted(match.score())));
                score.addClassName("muted");
                var row = new Div(name, new Span(" · "), score, MatchChips.reasons(match, texts, language));
                row.addClassName("fit-row");
                card.add(row);
            }
            card.add(new Anchor("vacancies/" + fit.vacancy().id().value() + "/matches",
                    getTranslation("event.fit.all")));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.fit.title", title);
    }
}

package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.security.AppRoles;

/** The newcomer's own route to work: their tracks with the dated steps, and the interviews to come. */
@Route("my/route")
@Menu(title = "nav.route", order = 5, icon = "vaadin:road")
@RolesAllowed(AppRoles.NEWCOMER)
class MyRouteView extends Main implements HasDynamicTitle {

    private final VacancyService vacancies;
    private final EmployerService employers;

    MyRouteView(Routes routes, VacancyService vacancies, EmployerService employers, Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        addClassName("view");
        var tracks = routes.mine();
        var interviews = new Div();
        interviews.setId("my-interviews");
        tracks.forEach(track -> track.interviewsAfter(clock.instant()).forEach(step -> {
            var line = new Paragraph(title(track) + " · " + InterviewText.of(this, getLocale(), step));
            line.addClassName("interview");
            interviews.add(line);
        }));
        if (interviews.getChildren().findAny().isEmpty()) {
            interviews.add(new Paragraph(getTranslation("myRoute.noInterviews")));
        }
        var list = new Div();
        list.setId("my-tracks");
        list.addClassName("match-cards");
        if (tracks.isEmpty()) {
            list.add(new Paragraph(getTranslation("myRoute.none")));
        }
        tracks.forEach(track -> list.add(card(track)));
        add(new Paragraph(getTranslation("myRoute.intro")), new H2(getTranslation("myRoute.interviews")), interviews,
                new H2(getTranslation("myRoute.tracks")), list);
    }

    private Div card(Routes.Track track) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        var stage = new Span(getTranslation("stage." + track.stage().name()));
        stage.addClassNames("chip", track.stage() == RouteStage.STOPPED ? "gap" : "step");
        var steps = new UnorderedList();
        for (Routes.Step step : track.steps()) {
            String text = format.format(step.happenedOn()) + " · " + getTranslation("stage." + step.stage().name());
            if (step.stopReason() != null) {
                text += " · " + getTranslation("stopReason." + step.stopReason().name());
            }
            steps.add(new ListItem(text));
        }
        var card = new Div(new H3(title(track)), new Paragraph(getTranslation("vacancyType." + track.kind().name())),
                stage, steps);
        card.addClassNames("match-card", "my-track");
        return card;
    }

    private String title(Routes.Track track) {
        if (track.vacancyId() == null) {
            return track.employerName() == null ? "" : track.employerName();
        }
        var vacancy = vacancies.get(new VacancyId(track.vacancyId()));
        return vacancy.title() + " · " + employers.get(vacancy.employerId()).name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.route");
    }
}

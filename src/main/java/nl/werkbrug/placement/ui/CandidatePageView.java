package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateFacts;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.RightsToWork;
import nl.werkbrug.candidate.ui.RightToWorkPanel;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.employer.EmployerId;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.placement.CaseNotes;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.UserService;
import nl.werkbrug.security.UserSummary;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One candidate for their jobhunter: who they are and how long they have been in the route, their
 * tracks towards work with the steps, notes and tasks, and introductions. Opening it is audited; a
 * jobhunter who does not work with the candidate sees only that access is refused.
 */
@Route("candidates/:id")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class CandidatePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateService candidates;
    private final Routes routes;
    private final CaseNotes notes;
    private final Introductions introductions;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final OrganisationService organisations;
    private final UserService users;
    private final Clock clock;
    private final RightsToWork rights;
    private final LearningPoints learningPoints;
    private final Div tracks = new Div();
    private final Div requests = new Div();
    private CandidateId id = new CandidateId(new UUID(0, 0));
    private String name = "";

    CandidatePageView(CandidateService candidates, Routes routes, CaseNotes notes, Introductions introductions,
                      VacancyService vacancies, EmployerService employers, OrganisationService organisations,
                      UserService users, RightsToWork rights, LearningPoints learningPoints, Clock clock) {
        this.rights = rights;
        this.learningPoints = learningPoints;
        this.candidates = candidates;
        this.routes = routes;
        this.notes = notes;
        this.introductions = introductions;
        this.vacancies = vacancies;
        this.employers = employers;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
        addClassName("view");
        tracks.setId("candidate-tracks");
        tracks.addClassName("match-cards");
        requests.setId("candidate-introductions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            id = new CandidateId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("candidate", raw);
        }
        CandidateSummary person;
        try {
            person = candidates.workingWith(id, "view");
        } catch (AccessDeniedException e) {
            var refused = new Paragraph(getTranslation("error.forbidden"));
            refused.setId("access-denied");
            add(refused);
            return;
        }
        name = person.name();
        var facts = candidates.placementFacts(id).orElseThrow(() -> new NotFoundException("candidate", id));
        add(summary(person, facts), new RightToWorkPanel(rights, rights.overview(id), true),
                new H2(getTranslation("route.title")), tracks,
                TrackCard.elsewhereForm(routes, id, this::refreshTracks),
                new CaseNotesPanel(notes, id), new H2(getTranslation("nav.introductions")), requests);
        refreshTracks();
    }

    private Div summary(CandidateSummary person, CandidateFacts facts) {
        long weeks = ChronoUnit.WEEKS.between(person.intakeDate(), LocalDate.now(clock));
        String location = organisations.location(new LocationId(person.locationId())).map(LocationView::name).orElse("");
        var line = new Paragraph(String.join(" · ", getTranslation("group." + person.group().name()), location,
                getTranslation("candidatePage.weeks", weeks), getTranslation("permit." + person.permitStatus().name())));
        line.setId("candidate-summary");
        var intake = new Anchor("intake/" + id.value(), getTranslation("candidatePage.edit"));
        intake.setId("candidate-edit");
        var matches = new Anchor("candidates/" + id.value() + "/matches", getTranslation("matches.open"));
        matches.setId("candidate-matches");
        var links = new HorizontalLayout(intake, matches);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        var box = new Div(new H2(person.name()), line, links, jobhunter(facts));
        box.addClassName("candidate-summary");
        return box;
    }

    /** Take the candidate over, or hand them over to a colleague at their location. */
    private HorizontalLayout jobhunter(CandidateFacts facts) {
        var row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var me = CurrentUser.require();
        if (me.has(nl.werkbrug.security.Role.JOBHUNTER) && !me.id().value().equals(facts.jobhunterId())) {
            var takeOver = new Button(getTranslation("candidatePage.takeOver"), click -> {
                candidates.takeOver(id);
                Notification.show(getTranslation("candidatePage.takenOver"));
                click.getSource().setVisible(false);
            });
            takeOver.setId("take-over");
            row.add(takeOver);
        }
        var colleagues = new ComboBox<UserSummary>(getTranslation("candidatePage.handOverTo"));
        colleagues.setId("hand-over-to");
        colleagues.setItems(users.jobhuntersAt(facts.locationId()).stream()
                .filter(u -> !u.id().value().equals(facts.jobhunterId())).toList());
        colleagues.setItemLabelGenerator(UserSummary::displayName);
        var handOver = new Button(getTranslation("candidatePage.handOver"), click -> {
            if (colleagues.getValue() != null) {
                candidates.handOver(id, colleagues.getValue().id().value());
                Notification.show(getTranslation("candidatePage.handedOver", colleagues.getValue().displayName()));
            }
        });
        handOver.setId("hand-over");
        row.add(colleagues, handOver);
        return row;
    }

    private void refreshTracks() {
        tracks.removeAll();
        var found = routes.forCandidate(id);
        if (found.isEmpty()) {
            tracks.add(new Paragraph(getTranslation("route.none")));
        }
        var actions = new TrackCard.Actions() {
            @Override
            public void changed() {
                refreshTracks();
            }

            @Override
            public void propose(Routes.Track track) {
                proposeDialog(track);
            }

            @Override
            public void learningPoint(Routes.Track track) {
                new LearningPointDialog(learningPoints, track.id()).open();
            }
        };
        found.forEach(track -> tracks.add(new TrackCard(routes, track, title(track), actions)));
        refreshIntroductions();
    }

    private String title(Routes.Track track) {
        if (track.vacancyId() == null) {
            return track.municipality() == null ? track.employerName()
                    : getTranslation("route.elsewhereAt", track.employerName(), track.municipality());
        }
        var vacancy = vacancies.get(new VacancyId(track.vacancyId()));
        return vacancy.title() + " · " + employers.get(vacancy.employerId()).name();
    }

    private void proposeDialog(Routes.Track track) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("route.propose"));
        var message = new TextArea(getTranslation("candidatePage.proposeMessage"));
        message.setId("propose-message");
        message.setMaxLength(2000);
        message.setWidthFull();
        var send = new Button(getTranslation("introduction.send"), click -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation("introduction.messageNeeded"));
                return;
            }
            introductions.propose(new VacancyId(track.vacancyId()), id, message.getValue());
            dialog.close();
            Notification.show(getTranslation("introductions.proposed"));
            refreshTracks();
        });
        send.setId("propose-send");
        dialog.add(new Paragraph(getTranslation("candidatePage.proposeExplain")), message);
        dialog.getFooter().add(new Button(getTranslation("introduction.cancel"), c -> dialog.close()), send);
        dialog.open();
    }

    private void refreshIntroductions() {
        requests.removeAll();
        var found = introductions.forCandidate(id);
        if (found.isEmpty()) {
            requests.add(new Paragraph(getTranslation("introductions.empty")));
        }
        for (Introductions.Request request : found) {
            var status = new Span(getTranslation("introductionStatus." + request.status().name()));
            status.addClassNames("chip", request.status().open() ? "flag" : "reason");
            var line = new Paragraph(request.vacancyTitle() + " · "
                    + employers.get(new EmployerId(request.employerId())).name());
            var item = new Div(line, status);
            if (request.answerReason() != null) {
                item.add(new Paragraph(getTranslation("candidatePage.answerReason", request.answerReason())));
            }
            item.addClassName("candidate-introduction");
            requests.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return name.isEmpty() ? getTranslation("candidatePage.title") : name;
    }
}

package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.CandidateSummary;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.placement.IntroductionStatus;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.security.AppRoles;

/**
 * The jobhunter's introduction requests: which employer asks to meet which of their candidates, for
 * which vacancy, and why. The jobhunter puts a request to the candidate, or declines it with a note
 * the employer reads.
 */
@Route("introductions")
@Menu(title = "nav.introductions", order = 12, icon = "vaadin:connect")
@RolesAllowed({AppRoles.JOBHUNTER, AppRoles.ADMIN})
class IntroductionsView extends Main implements HasDynamicTitle {

    private final Introductions introductions;
    private final CandidateService candidates;
    private final Map<UUID, String> employerNames;
    private final Div list = new Div();

    IntroductionsView(Introductions introductions, CandidateService candidates, EmployerService employers) {
        this.introductions = introductions;
        this.candidates = candidates;
        this.employerNames = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));
        addClassName("view");
        list.setId("introduction-requests");
        list.addClassName("match-cards");
        add(new Paragraph(getTranslation("introductions.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var requests = introductions.forMyCandidates();
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("introductions.empty")));
            return;
        }
        Map<CandidateId, CandidateSummary> people = candidates.summaries(requests.stream()
                .map(r -> new CandidateId(r.candidateId())).collect(Collectors.toSet()));
        requests.forEach(r -> list.add(card(r, people.get(new CandidateId(r.candidateId())))));
    }

    private Div card(Introductions.Request request, CandidateSummary person) {
        var card = new Div();
        card.addClassNames("match-card", "introduction-request");
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var facts = new Paragraph(String.join(" · ", employerNames.getOrDefault(request.employerId(), ""),
                request.vacancyTitle(), format.format(request.requestedAt().atZone(ZoneId.of("Europe/Amsterdam")))));
        facts.addClassName("muted");
        var status = new Span(getTranslation("introductionStatus." + request.status().name()));
        status.addClassNames("chip", request.status() == IntroductionStatus.REQUESTED ? "flag" : "reason");
        card.add(new H3(person == null ? getTranslation("introductions.unknown") : person.name()), facts, status,
                new Paragraph(request.message()));
        if (request.note() != null) {
            card.add(new Paragraph(getTranslation("introductions.note", request.note())));
        }
        if (request.status() == IntroductionStatus.REQUESTED) {
            var note = new TextArea(getTranslation("introductions.noteLabel"));
            note.setWidthFull();
            note.setMaxLength(1000);
            var propose = new Button(getTranslation("introductions.propose"), click -> {
                introductions.handle(request.id(), IntroductionStatus.PROPOSED_TO_CANDIDATE, note.getValue());
                Notification.show(getTranslation("introductions.proposed"));
                refresh();
            });
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.addClassName("introduction-propose");
            var decline = new Button(getTranslation("introductions.decline"), click -> {
                if (note.getValue().isBlank()) {
                    note.setInvalid(true);
                    note.setErrorMessage(getTranslation("introductions.noteNeeded"));
                    return;
                }
                introductions.handle(request.id(), IntroductionStatus.DECLINED, note.getValue());
                refresh();
            });
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClassName("introduction-decline");
            card.add(note, new HorizontalLayout(propose, decline));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.introductions");
    }
}

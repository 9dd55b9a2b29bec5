package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.security.AppRoles;

/**
 * The employer's accepted introductions: the candidates who agreed to meet, with their name and
 * contact details while they share them, and the interviews planned. Here an interview is scheduled.
 */
@Route("employer/introductions")
@Menu(title = "nav.employerIntroductions", order = 21, icon = "vaadin:connect")
@RolesAllowed(AppRoles.EMPLOYER)
class EmployerIntroductionsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Introductions introductions;
    private final CandidateService candidates;
    private final Div list = new Div();

    EmployerIntroductionsView(Introductions introductions, CandidateService candidates) {
        this.introductions = introductions;
        this.candidates = candidates;
        addClassName("view");
        list.setId("employer-introductions");
        list.addClassName("match-cards");
        add(new Paragraph(getTranslation("employerIntroductions.intro")), list);
    }

    private void refresh() {
        list.removeAll();
        var accepted = introductions.acceptedForMyEmployer();
        if (accepted.isEmpty()) {
            list.add(new Paragraph(getTranslation("employerIntroductions.empty")));
        }
        accepted.forEach(a -> list.add(card(a)));
    }

    private Div card(Introductions.Accepted accepted) {
        var request = accepted.request();
        var card = new Div();
        card.addClassNames("match-card", "accepted-introduction");
        var contact = accepted.shared() ? candidates.contactForEmployer(new CandidateId(request.candidateId()))
                : java.util.Optional.<nl.werkbrug.candidate.ContactDetails>empty();
        if (contact.isEmpty()) {
            card.add(new H3(getTranslation("employerIntroductions.withdrawn")), new Paragraph(request.vacancyTitle()));
            return card;
        }
        var person = contact.get();
        card.add(new H3(person.familyName() == null ? person.givenName() : person.givenName() + " " + person.familyName()),
                new Paragraph(request.vacancyTitle()),
                new Paragraph(getTranslation("employerIntroductions.phone", orDash(person.phone()))),
                new Paragraph(getTranslation("employerIntroductions.email", orDash(person.email()))));
        for (Routes.Step interview : accepted.interviews()) {
            var line = new Paragraph(InterviewText.of(this, getLocale(), interview));
            line.addClassName("interview");
            card.add(line);
        }
        var when = new DateTimePicker(getTranslation("employerIntroductions.when"));
        when.setLocale(getLocale());
        when.addClassName("interview-when");
        var place = new TextField(getTranslation("employerIntroductions.place"));
        place.setMaxLength(300);
        place.addClassName("interview-place");
        var schedule = new Button(getTranslation("employerIntroductions.schedule"), click -> {
            if (when.getValue() == null) {
                when.setInvalid(true);
                when.setErrorMessage(getTranslation("employerIntroductions.whenNeeded"));
                return;
            }
            introductions.scheduleInterview(request.id(), when.getValue().atZone(InterviewText.ZONE).toInstant(),
                    place.getValue());
            Notification.show(getTranslation("employerIntroductions.scheduled"));
            refresh();
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClassName("interview-schedule");
        var row = new HorizontalLayout(when, place, schedule);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        card.add(row);
        return card;
    }

    private static String orDash(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employerIntroductions");
    }
}

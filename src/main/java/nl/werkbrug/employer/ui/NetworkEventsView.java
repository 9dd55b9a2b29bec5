package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerStatus;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.NetworkEventView;
import nl.werkbrug.employer.NetworkEvents;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.SpokenLanguages;
import org.jspecify.annotations.Nullable;

/**
 * Coming events of the employer network, such as the job fair for speakers of other languages, with
 * the employers that come. The municipality announces events here; an approved employer signs its
 * own organisation up or withdraws; a jobhunter opens, per event, which of their candidates fit the
 * vacancies of the employers that come.
 */
@Route("network/events")
@Menu(title = "network.events.nav", order = 41, icon = "vaadin:calendar-user")
@RolesAllowed({AppRoles.NEWCOMER, AppRoles.JOBHUNTER, AppRoles.EMPLOYER, AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class NetworkEventsView extends Main implements HasDynamicTitle {

    private final NetworkEvents events;
    private final @Nullable EmployerView employer;
    private final boolean jobhunter;
    private final Div list = new Div();

    NetworkEventsView(NetworkEvents events, EmployerService employers, Clock clock) {
        this.events = events;
        var user = CurrentUser.require();
        this.employer = user.has(Role.EMPLOYER) ? employers.mine().orElse(null) : null;
        this.jobhunter = user.has(Role.JOBHUNTER) || user.has(Role.ADMIN);
        addClassName("view");
        add(new Paragraph(getTranslation("event.intro")));
        if (user.has(Role.MUNICIPALITY) || user.has(Role.ADMIN)) {
            var form = new NetworkEventForm(LocalDate.now(clock), values -> {
                var created = events.create(values);
                Notification.show(getTranslation("event.created", created.title()));
                refresh();
            });
            var create = new Details(getTranslation("event.new"), form);
            create.setId("event-new");
            add(create);
        }
        if (employer != null && employer.status() != EmployerStatus.APPROVED) {
            add(new Paragraph(getTranslation("event.notApproved")));
        }
        list.setId("network-events");
        list.addClassName("match-cards");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            list.add(new Paragraph(getTranslation("event.none")));
        }
        upcoming.forEach(event -> list.add(card(event)));
    }

    private Card card(NetworkEventView event) {
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("event-card");
        card.setTitle(new H3(event.title()));
        card.setSubtitle(String.join(" · ", getTranslation("event.kind." + event.kind().name()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(event.date()),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(event.time()),
                event.place()));
        if (!event.languages().isEmpty()) {
            card.add(new Paragraph(getTranslation("event.languages", event.languages().stream()
                    .map(code -> SpokenLanguages.name(code, getLocale())).collect(Collectors.joining(", ")))));
        }
        if (!event.description().isEmpty()) {
            var description = new Paragraph(event.description());
            description.getElement().setAttribute("dir", "auto");
            card.add(description);
        }
        var coming = new Div();
        coming.addClassNames("chips", "attendees");
        event.employers().forEach(a -> {
            var chip = new Span(a.name());
            chip.addClassName("chip");
            coming.add(chip);
        });
        card.add(new Paragraph(event.employers().isEmpty() ? getTranslation("event.noEmployers")
                : getTranslation("event.employers", event.employers().size())), coming);
        var actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (employer != null && employer.status() == EmployerStatus.APPROVED) {
            actions.add(signUpButton(event, employer));
        }
        if (jobhunter) {
            var fit = new Anchor("network/events/" + event.id().value() + "/fit", getTranslation("event.fit"));
            fit.addClassName("event-fit");
            actions.add(fit);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private Button signUpButton(NetworkEventView event, EmployerView mine) {
        boolean attends = event.attends(mine.id());
        var button = new Button(getTranslation(attends ? "event.withdraw" : "event.signUp"), click -> {
            if (attends) {
                events.withdraw(event.id(), mine.id());
            } else {
                events.signUp(event.id(), mine.id());
            }
            Notification.show(getTranslation(attends ? "event.withdrawn" : "event.signedUp", event.title()));
            refresh();
        });
        button.addClassName(attends ? "event-withdraw" : "event-sign-up");
        if (!attends) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.events.nav");
    }
}

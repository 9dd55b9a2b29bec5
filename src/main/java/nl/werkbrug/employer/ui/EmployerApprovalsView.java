package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import nl.werkbrug.employer.EmployerDetails;
import nl.werkbrug.employer.EmployerOnboarding;
import nl.werkbrug.employer.EmployerStatus;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;

/**
 * The municipality decides on employers that registered themselves: it sees the organisation, its
 * KvK number, contact person and workplaces, and approves it or rejects it with a reason the employer
 * will read. Other statuses can be looked up with the filter.
 */
@Route("employers")
@Menu(title = "nav.employers", order = 24, icon = "vaadin:handshake")
@RolesAllowed({AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class EmployerApprovalsView extends Main implements HasDynamicTitle {

    private final EmployerOnboarding onboarding;
    private final Map<UUID, String> workplaces;
    private final Select<EmployerStatus> status = new Select<>();
    private final Div list = new Div();

    EmployerApprovalsView(EmployerOnboarding onboarding, OrganisationService organisations) {
        this.onboarding = onboarding;
        this.workplaces = organisations.locations().stream()
                .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
        addClassName("view");
        status.setLabel(getTranslation("employers.status"));
        status.setItems(EmployerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("employerStatus." + s.name()));
        status.setValue(EmployerStatus.PENDING);
        status.setId("employers-status");
        status.addValueChangeListener(change -> refresh());
        list.setId("employer-approvals");
        list.addClassName("match-cards");
        add(new Paragraph(getTranslation("employers.intro")), status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var shown = onboarding.all().stream().filter(e -> e.status() == status.getValue()).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("employers.empty")));
        }
        shown.forEach(e -> list.add(card(e)));
    }

    private Div card(EmployerDetails employer) {
        var card = new Div();
        card.addClassNames("match-card", "employer-item");
        var facts = new Paragraph(String.join(" · ", getTranslation("employers.kvk", String.valueOf(employer.kvkNumber())),
                employer.sector(), String.valueOf(employer.municipality()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(employer.createdAt().atZone(ZoneId.of("Europe/Amsterdam")))));
        facts.addClassName("muted");
        var contact = new Paragraph(getTranslation("employers.contact", String.valueOf(employer.contactName()),
                String.valueOf(employer.contactEmail()), employer.contactPhone() == null ? "" : employer.contactPhone()));
        var places = new Div();
        places.addClassName("chips");
        employer.locationIds().stream().map(id -> workplaces.getOrDefault(id, "?")).sorted()
                .forEach(name -> places.add(chip(name)));
        card.add(new H3(employer.name()), facts, contact, places);
        if (employer.reviewReason() != null) {
            card.add(new Paragraph(getTranslation("employers.reason", employer.reviewReason())));
        }
        if (employer.status() == EmployerStatus.PENDING) {
            var reason = new TextArea(getTranslation("employers.rejectReason"));
            reason.setWidthFull();
            reason.setMaxLength(1000);
            var approve = new Button(getTranslation("employers.approve"), click -> {
                onboarding.approve(employer.id());
                Notification.show(getTranslation("employers.approved", employer.name()));
                refresh();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("employer-approve");
            var reject = new Button(getTranslation("employers.reject"), click -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("employers.reasonNeeded"));
                    return;
                }
                onboarding.reject(employer.id(), reason.getValue());
                Notification.show(getTranslation("employers.rejected", employer.name()));
                refresh();
            });
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClassName("employer-reject");
            card.add(reason, new HorizontalLayout(approve, reject));
        }
        return card;
    }

    private static Span chip(String text) {
        var chip = new Span(text);
        chip.addClassName("chip");
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employers");
    }
}

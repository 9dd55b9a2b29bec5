package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.placement.IntroductionStatus;
import nl.werkbrug.placement.Invitations;
import nl.werkbrug.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The newcomer's invitations to meet an employer: which vacancy, which employer, the message, and
 * exactly what the employer will see after they accept. Nothing is shared until they do.
 */
@Route("my/invitations")
@Menu(title = "nav.invitations", order = 4, icon = "vaadin:envelope-open")
@RolesAllowed(AppRoles.NEWCOMER)
class MyInvitationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Invitations invitations;
    private final @Nullable ContactDetails contact;
    private final Div list = new Div();

    MyInvitationsView(Invitations invitations, CandidateService candidates) {
        this.invitations = invitations;
        this.contact = candidates.mine().map(p -> p.contact()).orElse(null);
        addClassName("view");
        list.setId("my-invitations");
        list.addClassName("match-cards");
        add(new Paragraph(getTranslation("invitations.intro")), list);
    }

    private void refresh() {
        list.removeAll();
        var found = invitations.mine();
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("invitations.empty")));
        }
        found.forEach(invitation -> list.add(card(invitation)));
    }

    private Div card(Invitations.Invitation invitation) {
        var card = new Div();
        card.addClassNames("match-card", "invitation");
        var status = new Span(getTranslation("introductionStatus." + invitation.status().name()));
        status.addClassNames("chip", invitation.status() == IntroductionStatus.ACCEPTED ? "reason" : "flag");
        card.add(new H3(invitation.vacancyTitle()), new Paragraph(invitation.employerName()), status,
                new Paragraph(invitation.message()));
        if (invitation.status() != IntroductionStatus.PROPOSED_TO_CANDIDATE) {
            return card;
        }
        var shared = new UnorderedList();
        shared.addClassName("shared-details");
        if (contact != null) {
            shared.add(new ListItem(getTranslation("invitations.shared.name", contact.familyName() == null
                    ? contact.givenName() : contact.givenName() + " " + contact.familyName())));
            shared.add(new ListItem(getTranslation("invitations.shared.phone", orNone(contact.phone()))));
            shared.add(new ListItem(getTranslation("invitations.shared.email", orNone(contact.email()))));
        }
        var reason = new TextArea(getTranslation("invitations.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.addClassName("invitation-reason");
        var accept = new Button(getTranslation("invitations.accept"), click -> answer(invitation, true, null));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("invitation-accept");
        var decline = new Button(getTranslation("invitations.decline"),
                click -> answer(invitation, false, reason.getValue()));
        decline.addClassName("invitation-decline");
        card.add(new Paragraph(getTranslation("invitations.willShare", invitation.employerName())), shared,
                new Paragraph(getTranslation("invitations.notShared")), reason, new HorizontalLayout(accept, decline));
        return card;
    }

    private void answer(Invitations.Invitation invitation, boolean accept, @Nullable String reason) {
        invitations.answer(invitation.id(), accept, reason);
        Notification.show(getTranslation(accept ? "invitations.accepted" : "invitations.declined"));
        refresh();
    }

    private String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? getTranslation("invitations.shared.none") : value;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invitations");
    }
}

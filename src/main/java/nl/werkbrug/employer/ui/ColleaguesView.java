package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.employer.EmployerOnboarding;
import nl.werkbrug.employer.EmployerStatus;
import nl.werkbrug.employer.RegistrationRefused;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.UserService;
import nl.werkbrug.security.UserSummary;

/**
 * An approved employer's colleagues: who has an account, and invitations for more. A new invitation
 * shows its link once, to pass on; it works for two weeks and only once.
 */
@Route("employer/colleagues")
@RolesAllowed(AppRoles.EMPLOYER)
class ColleaguesView extends Main implements HasDynamicTitle {

    private final EmployerOnboarding onboarding;
    private final Grid<EmployerOnboarding.Invitation> invitations = new Grid<>();
    private final Div link = new Div();

    ColleaguesView(EmployerOnboarding onboarding, UserService users) {
        this.onboarding = onboarding;
        addClassName("view");
        var colleagues = new Grid<UserSummary>();
        colleagues.setId("colleagues");
        colleagues.addColumn(UserSummary::displayName).setHeader(getTranslation("colleagues.name"));
        colleagues.addColumn(UserSummary::username).setHeader(getTranslation("colleagues.username"));
        colleagues.setItems(users.colleagues());
        colleagues.setAllRowsVisible(true);
        add(new H3(getTranslation("colleagues.title")), colleagues);

        boolean approved = onboarding.mine().map(e -> e.status() == EmployerStatus.APPROVED).orElse(false);
        if (!approved) {
            add(new Paragraph(getTranslation("colleagues.onlyApproved")));
            return;
        }
        var name = new TextField(getTranslation("colleagues.inviteName"));
        name.setId("invite-name");
        var email = new EmailField(getTranslation("colleagues.inviteEmail"));
        email.setId("invite-email");
        var invite = new Button(getTranslation("colleagues.invite"), click -> {
            try {
                var made = onboarding.invite(name.getValue(), email.getValue());
                String url = baseUrl() + "invite/" + made.token();
                link.removeAll();
                var text = new Paragraph(getTranslation("colleagues.link", made.invitation().name()));
                var value = new TextField();
                value.setValue(url);
                value.setReadOnly(true);
                value.setWidthFull();
                value.setId("invite-link");
                link.add(text, value);
                name.clear();
                email.clear();
                refresh();
            } catch (RegistrationRefused refused) {
                var field = "email".equals(refused.field()) ? email : name;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("registration.refused." + refused.code()));
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite");
        invitations.setId("invitations");
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        invitations.addColumn(EmployerOnboarding.Invitation::name).setHeader(getTranslation("colleagues.name"));
        invitations.addColumn(EmployerOnboarding.Invitation::email).setHeader(getTranslation("colleagues.inviteEmail"));
        invitations.addColumn(i -> format.format(i.expiresAt().atZone(ZoneId.of("Europe/Amsterdam"))))
                .setHeader(getTranslation("colleagues.expires"));
        invitations.addColumn(i -> getTranslation("invitationState." + i.state().name()))
                .setHeader(getTranslation("colleagues.state"));
        invitations.addComponentColumn(i -> i.state() != EmployerOnboarding.InvitationState.OPEN ? new Div()
                : new Button(getTranslation("colleagues.withdraw"), click -> {
                    onboarding.withdraw(i.id());
                    refresh();
                }));
        invitations.setAllRowsVisible(true);
        add(new H3(getTranslation("colleagues.inviteTitle")), new FormLayout(name, email), invite, link,
                invitations);
        refresh();
    }

    /** The address of this application as the browser reached it, for a link that works elsewhere. */
    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = http.getServerPort() == ("https".equals(http.getScheme()) ? 443 : 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }

    private void refresh() {
        invitations.setItems(onboarding.invitations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("colleagues.title");
    }
}

package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.placement.ContactShares;
import nl.werkbrug.security.AppRoles;

/**
 * What the newcomer agreed to: being matched to work, and per employer the sharing of their name and
 * contact details. Each can be withdrawn here; a withdrawn share hides them from that employer at once.
 */
@Route("my/consents")
@Menu(title = "nav.consents", order = 6, icon = "vaadin:lock")
@RolesAllowed(AppRoles.NEWCOMER)
class MyConsentsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ContactShares shares;
    private final Div list = new Div();

    MyConsentsView(CandidateService candidates, ContactShares shares) {
        this.shares = shares;
        addClassName("view");
        var profile = candidates.mine();
        if (profile.isEmpty()) {
            add(new Paragraph(getTranslation("my.noProfile")));
            return;
        }
        var consent = new Checkbox(getTranslation("my.consent"), profile.get().matchingConsentAt() != null);
        consent.setId("matching-consent");
        consent.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                candidates.consentToMatching(change.getValue());
            }
        });
        list.setId("contact-shares");
        add(new H2(getTranslation("consents.matching")), consent, new Paragraph(getTranslation("my.consent.explained")),
                new H2(getTranslation("consents.shares")), new Paragraph(getTranslation("consents.sharesIntro")), list);
    }

    private void refresh() {
        list.removeAll();
        var found = shares.mine();
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("consents.noShares")));
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Amsterdam"));
        for (ContactShares.Share share : found) {
            var withdraw = new Button(getTranslation("consents.withdraw"), click -> {
                shares.withdraw(share.id());
                Notification.show(getTranslation("consents.withdrawn", share.employerName()));
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("share-withdraw");
            var item = new Div(new Paragraph(getTranslation("consents.share", share.employerName(),
                    share.vacancyTitle(), format.format(share.sharedAt()))), withdraw);
            item.addClassName("contact-share");
            list.add(item);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consents");
    }
}

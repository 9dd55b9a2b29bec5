package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.candidate.CandidateAccounts;
import nl.werkbrug.candidate.CandidateId;
import org.jspecify.annotations.Nullable;

/**
 * For a candidate without an account: makes the one-time link with which they make their own, shows it
 * to copy and pass on, and withdraws it.
 */
class AccountLinkPanel extends Div {

    private final CandidateAccounts accounts;
    private final CandidateId candidate;
    private final TextField link = new TextField();
    private final Paragraph state = new Paragraph();
    private final Button withdraw;

    AccountLinkPanel(CandidateAccounts accounts, CandidateId candidate) {
        this.accounts = accounts;
        this.candidate = candidate;
        setId("account-link-panel");
        addClassName("account-link");
        link.setLabel(getTranslation("activation.link"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        link.setId("account-link");
        state.setId("account-link-state");
        var create = new Button(getTranslation("activation.create"), VaadinIcon.LINK.create(), click -> create());
        create.setId("account-link-create");
        withdraw = new Button(getTranslation("activation.withdraw"), click -> withdraw());
        withdraw.setId("account-link-withdraw");
        add(new H3(getTranslation("activation.title")), new Paragraph(getTranslation("activation.intro")), create,
                withdraw, link, state);
        showOpen(accounts.openLink(candidate).orElse(null));
    }

    private void create() {
        var created = accounts.createLink(candidate);
        link.setValue(base() + "activate/" + created.token());
        link.setVisible(true);
        link.focus();
        getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
        showOpen(created.expiresAt());
    }

    private void withdraw() {
        accounts.withdrawLinks(candidate);
        link.clear();
        link.setVisible(false);
        showOpen(null);
    }

    private void showOpen(@Nullable Instant expiresAt) {
        withdraw.setVisible(expiresAt != null);
        state.setText(expiresAt == null ? getTranslation("activation.none")
                : getTranslation("activation.validUntil", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale()).format(expiresAt.atZone(ZoneId.of("Europe/Amsterdam")))));
    }

    /** The application's address as the jobhunter reached it, so the link works from where it was made. */
    private static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = http.getServerPort() == ("https".equals(http.getScheme()) ? 443 : 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }
}

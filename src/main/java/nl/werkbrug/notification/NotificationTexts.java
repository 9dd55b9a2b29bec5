package nl.werkbrug.notification;

import nl.werkbrug.security.MailContact;
import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a notification, in the recipient's language: a subject per kind, the text, and the
 * link into the app. It says nothing the recipient could not read in the app.
 */
@Component
class NotificationTexts {

    private final Translations translations;
    private final String publicUrl;

    NotificationTexts(Translations translations, @Value("${werkbrug.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    SimpleMailMessage mail(NotificationEntry entry, MailContact to, String from) {
        var language = to.locale() == null ? UiLanguage.DEFAULT : UiLanguage.of(to.locale()).orElse(UiLanguage.DEFAULT);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(subject(language, entry));
        message.setText(String.join("\n\n",
                translations.text(language, "notification.mail.greeting", to.displayName()),
                translations.text(language, entry.messageKey(), entry.args().toArray()),
                translations.text(language, "notification.mail.open", link(entry)),
                "-- \n" + translations.text(language, "notification.mail.footer")));
        return message;
    }

    String subject(UiLanguage language, NotificationEntry entry) {
        return translations.text(language, "notification.mail.subject." + entry.kind().name());
    }

    private String link(NotificationEntry entry) {
        return publicUrl + (entry.link() == null ? "notifications" : entry.link());
    }
}

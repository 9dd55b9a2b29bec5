package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import nl.werkbrug.candidate.CandidateErasure;
import nl.werkbrug.candidate.CandidateId;

/** For an administrator: erases a candidate on their request (a letter, say), with the reason. */
class AdminErasurePanel extends Div {

    AdminErasurePanel(CandidateErasure erasure, CandidateId candidate) {
        setId("admin-erasure-panel");
        var reason = new TextArea(getTranslation("erasure.reason"));
        reason.setWidthFull();
        reason.setMaxLength(140);
        reason.setId("erasure-reason");
        var erase = new Button(getTranslation("erasure.erase"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("erasure.reason.required"));
                return;
            }
            erasure.eraseOnRequest(candidate, reason.getValue());
            Notification.show(getTranslation("erasure.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("caseload"));
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("erasure-erase");
        add(new H3(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.intro")), reason, erase);
    }
}

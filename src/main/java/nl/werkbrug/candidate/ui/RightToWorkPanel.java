package nl.werkbrug.candidate.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightsToWork;
import nl.werkbrug.candidate.WorkPermission;

/**
 * A person's right to work in plain words: for paid and for volunteer work what the dated rules allow
 * today and why, from which dates that changes, and the history of a work permit. With
 * {@code jobhunter} set, a permit step (applied for, granted, refused) can be recorded here.
 */
public class RightToWorkPanel extends Div {

    private final RightsToWork rights;
    private final boolean jobhunter;
    private final Div content = new Div();

    public RightToWorkPanel(RightsToWork rights, RightsToWork.Overview overview, boolean jobhunter) {
        this.rights = rights;
        this.jobhunter = jobhunter;
        setId("right-to-work");
        addClassName("right-to-work");
        add(new H2(getTranslation("permission.title")), content);
        show(overview);
    }

    private void show(RightsToWork.Overview overview) {
        content.removeAll();
        if (overview.waitsForPermit()) {
            var waiting = new Span(getTranslation("permission.waitsForPermit"));
            waiting.setId("waits-for-permit");
            waiting.getElement().getThemeList().add("badge contrast");
            content.add(waiting);
        }
        for (var outlook : overview.outlooks()) {
            content.add(outlook(outlook));
        }
        content.add(new H3(getTranslation("permit.history")));
        if (overview.permitSteps().isEmpty()) {
            content.add(new Paragraph(getTranslation("permit.history.none")));
        } else {
            var list = new UnorderedList();
            list.setId("permit-history");
            for (var step : overview.permitSteps()) {
                String text = date(step.date()) + ": " + getTranslation("permit." + step.status().name())
                        + (step.employer() == null ? "" : " (" + step.employer() + ")")
                        + (step.note() == null ? "" : " — " + step.note());
                list.add(new ListItem(text));
            }
            content.add(list);
        }
        if (jobhunter) {
            content.add(stepForm(overview.candidateId(), overview.today()));
        }
    }

    private Div outlook(RightsToWork.Outlook outlook) {
        var today = outlook.today();
        String verdict = getTranslation("permission.verdict." + today.verdict().name(),
                today.from() == null ? "" : date(today.from()));
        var text = new Paragraph(getTranslation("permission.kind." + outlook.kind().name()) + ": " + verdict + ". "
                + today.reasons().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        text.setId("permission-" + outlook.kind().name().toLowerCase(Locale.ROOT));
        var block = new Div(text);
        if (!outlook.changes().isEmpty()) {
            var changes = new UnorderedList();
            changes.setId("permission-changes-" + outlook.kind().name().toLowerCase(Locale.ROOT));
            for (WorkPermission.Period period : outlook.changes()) {
                changes.add(new ListItem(getTranslation("permission.from", date(period.from()),
                        getTranslation("permission.state." + period.verdict().name()))));
            }
            block.add(changes);
        }
        return block;
    }

    private HorizontalLayout stepForm(CandidateId candidate, LocalDate today) {
        var status = new Select<PermitStatus>();
        status.setId("permit-step-status");
        status.setLabel(getTranslation("candidate.permit"));
        status.setItems(PermitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("permit." + s.name()));
        status.setValue(PermitStatus.APPLIED);
        var date = new DatePicker(getTranslation("permit.step.date"), today);
        date.setId("permit-step-date");
        date.setMax(today);
        date.setLocale(getLocale());
        var employer = new TextField(getTranslation("permit.step.employer"));
        employer.setId("permit-step-employer");
        employer.setMaxLength(200);
        var note = new TextField(getTranslation("permit.step.note"));
        note.setId("permit-step-note");
        note.setMaxLength(1000);
        var record = new Button(getTranslation("permit.step.record"), click -> {
            if (status.isEmpty() || date.isEmpty() || date.isInvalid()) {
                date.setInvalid(true);
                date.setErrorMessage(getTranslation("permit.step.dateRequired"));
                return;
            }
            try {
                show(rights.recordPermitStep(candidate, status.getValue(), date.getValue(), employer.getValue(),
                        note.getValue()));
                Notification.show(getTranslation("permit.step.recorded"), 3000, Notification.Position.BOTTOM_START);
            } catch (IllegalArgumentException e) {
                // the date lies ahead: what was typed stays in the form
                date.setInvalid(true);
                date.setErrorMessage(getTranslation("permit.step.dateRequired"));
                Notification.show(getTranslation("permit.step.dateRequired"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        record.setId("permit-step-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(status, date, employer, note, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("permit-step-form");
        return form;
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }
}

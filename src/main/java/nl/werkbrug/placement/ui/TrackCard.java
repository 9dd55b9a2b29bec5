package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.placement.StopReason;

/**
 * One track of a candidate's route for the jobhunter: what it leads to, its dated steps, and the
 * buttons that move it on, stop it with a reason, record the start or the end, or add a learning point.
 */
class TrackCard extends Div {

    /** What the page does after a change, and how it proposes an introduction. */
    interface Actions {
        void changed();

        void propose(Routes.Track track);

        /** Opens the form of an anonymous learning point about the track. */
        void learningPoint(Routes.Track track);
    }

    private final Routes routes;
    private final Routes.Track track;
    private final Actions actions;

    TrackCard(Routes routes, Routes.Track track, String title, Actions actions) {
        this.routes = routes;
        this.track = track;
        this.actions = actions;
        addClassNames("match-card", "route-track");
        var stage = new Span(getTranslation("stage." + track.stage().name()));
        stage.addClassNames("chip", track.stage() == RouteStage.STOPPED ? "gap" : "step");
        var facts = new Paragraph(String.join(" · ", getTranslation("vacancyType." + track.kind().name()),
                getTranslation(track.inMunicipality() ? "route.inMunicipality" : "route.elsewhere")));
        facts.addClassName("muted");
        add(new H3(title), stage, facts, steps());
        if (track.stage().active()) {
            add(buttons());
        }
        var learn = new Button(getTranslation("learning.add"), click -> actions.learningPoint(track));
        learn.addClassName("learning-point-add");
        learn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(learn);
    }

    private UnorderedList steps() {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var list = new UnorderedList();
        list.addClassName("route-steps");
        for (Routes.Step step : track.steps()) {
            var text = new StringBuilder(format.format(step.happenedOn())).append(" · ")
                    .append(getTranslation("stage." + step.stage().name()));
            if (step.stopReason() != null) {
                text.append(" · ").append(getTranslation("stopReason." + step.stopReason().name()));
            }
            if (step.interviewAt() != null) {
                text.append(" · ").append(InterviewText.of(this, getLocale(), step));
            }
            if (step.note() != null) {
                text.append(" — ").append(step.note());
            }
            list.add(new ListItem(text.toString()));
        }
        return list;
    }

    private HorizontalLayout buttons() {
        var next = new Select<RouteStage>();
        next.setAriaLabel(getTranslation("route.nextStage"));
        next.setItems(Arrays.stream(RouteStage.values()).filter(s -> s.after(track.stage())
                && s.ordinal() <= RouteStage.TRIAL_OR_PLACEMENT.ordinal()).toList());
        next.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        next.addClassName("route-next");
        var advance = new Button(getTranslation("route.advance"), click -> {
            if (next.getValue() != null) {
                routes.advance(track.id(), next.getValue(), LocalDate.now(), null);
                actions.changed();
            }
        });
        advance.addClassName("route-advance");
        var row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (!next.getListDataView().getItems().toList().isEmpty()) {
            row.add(next, advance);
        }
        if (track.vacancyId() != null && RouteStage.INTRODUCTION_ASKED.after(track.stage())) {
            var propose = new Button(getTranslation("route.propose"), click -> actions.propose(track));
            propose.addClassName("route-propose");
            row.add(propose);
        }
        boolean started = track.stage() == RouteStage.STARTED;
        var start = new Button(getTranslation(started ? "route.end" : "route.start"),
                click -> { if (started) { endDialog(); } else { startDialog(); } });
        start.addClassName(started ? "route-end" : "route-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var stop = new Button(getTranslation("route.stop"), click -> stopDialog());
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClassName("route-stop");
        row.add(start, stop);
        return row;
    }

    private void stopDialog() {
        var reason = new Select<StopReason>();
        reason.setId("stop-reason");
        reason.setLabel(getTranslation("route.stopReason"));
        reason.setItems(StopReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("stopReason." + r.name()));
        var note = note();
        open(getTranslation("route.stop"), "stop-confirm", () -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("route.stopReasonNeeded"));
                return false;
            }
            routes.stop(track.id(), reason.getValue(), LocalDate.now(), note.getValue());
            return true;
        }, reason, note);
    }

    private void startDialog() {
        var kind = new Select<VacancyType>();
        kind.setId("start-kind");
        kind.setLabel(getTranslation("route.kind"));
        kind.setItems(VacancyType.values());
        kind.setItemLabelGenerator(k -> getTranslation("vacancyType." + k.name()));
        kind.setValue(track.kind());
        var date = new DatePicker(getTranslation("route.startDate"), LocalDate.now());
        date.setId("start-date");
        date.setLocale(getLocale());
        var here = new Checkbox(getTranslation("route.inMunicipality"), track.inMunicipality());
        here.setId("start-in-municipality");
        open(getTranslation("route.start"), "start-confirm", () -> {
            if (date.getValue() == null || kind.getValue() == null) {
                date.setInvalid(date.getValue() == null);
                return false;
            }
            routes.recordStart(track.id(), kind.getValue(), date.getValue(), here.getValue(), null);
            return true;
        }, kind, date, here);
    }

    private void endDialog() {
        var date = new DatePicker(getTranslation("route.endDate"), LocalDate.now());
        date.setId("end-date");
        date.setLocale(getLocale());
        var note = note();
        open(getTranslation("route.end"), "end-confirm", () -> {
            if (date.getValue() == null) {
                date.setInvalid(true);
                return false;
            }
            routes.end(track.id(), date.getValue(), note.getValue());
            return true;
        }, date, note);
    }

    private TextArea note() {
        var note = new TextArea(getTranslation("route.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        return note;
    }

    private void open(String title, String confirmId, java.util.function.BooleanSupplier save,
                      com.vaadin.flow.component.Component... fields) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Div(fields));
        var confirm = new Button(getTranslation("route.save"), click -> {
            if (save.getAsBoolean()) {
                dialog.close();
                actions.changed();
            }
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("introduction.cancel"), c -> dialog.close()), confirm);
        dialog.open();
    }

    /** The fields of a new track towards work found elsewhere. */
    static Div elsewhereForm(Routes routes, nl.werkbrug.candidate.CandidateId candidate, Runnable changed) {
        var form = new Div();
        form.addClassName("route-elsewhere");
        var employer = new TextField(form.getTranslation("route.employerName"));
        employer.setId("elsewhere-employer");
        employer.setMaxLength(200);
        var place = new TextField(form.getTranslation("route.municipality"));
        place.setId("elsewhere-municipality");
        place.setMaxLength(100);
        var kind = new Select<VacancyType>();
        kind.setId("elsewhere-kind");
        kind.setLabel(form.getTranslation("route.kind"));
        kind.setItems(VacancyType.values());
        kind.setItemLabelGenerator(k -> form.getTranslation("vacancyType." + k.name()));
        kind.setValue(VacancyType.JOB);
        var here = new Checkbox(form.getTranslation("route.inMunicipality"), true);
        here.setId("elsewhere-in-municipality");
        var add = new Button(form.getTranslation("route.addElsewhere"), click -> {
            if (employer.getValue().isBlank()) {
                employer.setInvalid(true);
                employer.setErrorMessage(form.getTranslation("route.employerNeeded"));
                return;
            }
            routes.openElsewhere(candidate, new Routes.Elsewhere(employer.getValue(), place.getValue(),
                    kind.getValue(), here.getValue()), null);
            changed.run();
        });
        add.setId("elsewhere-add");
        var row = new HorizontalLayout(employer, place, kind, here, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        form.add(row);
        return form;
    }
}

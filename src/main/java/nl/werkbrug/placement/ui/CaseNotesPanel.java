package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.placement.CaseNotes;

/** The jobhunter's notes and tasks on the candidate page. */
class CaseNotesPanel extends Div {

    private final CaseNotes notes;
    private final CandidateId candidate;
    private final Div noteList = new Div();
    private final Div taskList = new Div();

    CaseNotesPanel(CaseNotes notes, CandidateId candidate) {
        this.notes = notes;
        this.candidate = candidate;
        addClassName("case-notes");
        noteList.setId("candidate-notes");
        taskList.setId("candidate-tasks");

        var task = new TextField(getTranslation("caseNotes.task"));
        task.setId("task-text");
        task.setMaxLength(500);
        var due = new DatePicker(getTranslation("caseNotes.due"));
        due.setId("task-due");
        due.setLocale(getLocale());
        var addTask = new Button(getTranslation("caseNotes.addTask"), click -> {
            if (task.getValue().isBlank()) {
                task.setInvalid(true);
                task.setErrorMessage(getTranslation("caseNotes.textNeeded"));
                return;
            }
            notes.addTask(candidate, task.getValue(), due.getValue());
            task.clear();
            due.clear();
            refresh();
        });
        addTask.setId("task-add");
        var taskForm = new HorizontalLayout(task, due, addTask);
        taskForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        taskForm.setWrap(true);

        var note = new TextArea(getTranslation("caseNotes.note"));
        note.setId("note-text");
        note.setMaxLength(4000);
        note.setWidthFull();
        var addNote = new Button(getTranslation("caseNotes.addNote"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("caseNotes.textNeeded"));
                return;
            }
            notes.addNote(candidate, note.getValue());
            note.clear();
            refresh();
        });
        addNote.setId("note-add");
        add(new H2(getTranslation("caseNotes.tasks")), taskForm, taskList,
                new H2(getTranslation("caseNotes.notes")), note, addNote, noteList);
        refresh();
    }

    private void refresh() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        taskList.removeAll();
        for (CaseNotes.Task task : notes.tasks(candidate)) {
            String label = task.dueOn() == null ? task.text()
                    : getTranslation("caseNotes.taskDue", task.text(), dates.format(task.dueOn()));
            var done = new Checkbox(!task.open());
            done.setAriaLabel(label);
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notes.markDone(task.id(), change.getValue());
                }
            });
            var item = new Div(done, new Span(label));
            item.addClassName("candidate-task");
            taskList.add(item);
        }
        noteList.removeAll();
        for (CaseNotes.Note note : notes.notes(candidate)) {
            var when = new Paragraph(moments.format(note.writtenAt()));
            when.addClassName("muted");
            var item = new Div(when, new Paragraph(note.text()));
            item.addClassName("candidate-note");
            noteList.add(item);
        }
    }
}

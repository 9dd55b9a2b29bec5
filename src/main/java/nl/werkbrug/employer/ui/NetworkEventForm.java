package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.werkbrug.employer.EventKind;
import nl.werkbrug.employer.NewNetworkEvent;
import nl.werkbrug.shared.SpokenLanguages;

/**
 * The municipality's form to announce a network event. It says what is missing before anything is
 * sent, and keeps what was typed until the event is created.
 */
class NetworkEventForm extends Composite<FormLayout> {

    private final TextField title = new TextField();
    private final Select<EventKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final TextField place = new TextField();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();

    NetworkEventForm(LocalDate today, Consumer<NewNetworkEvent> create) {
        title.setId("event-title");
        title.setLabel(getTranslation("event.field.title"));
        title.setMaxLength(NewNetworkEvent.MAX_TITLE);
        kind.setId("event-kind");
        kind.setLabel(getTranslation("event.field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("event.kind." + k.name()));
        kind.setValue(EventKind.JOB_FAIR);
        date.setId("event-date");
        date.setLabel(getTranslation("event.field.date"));
        date.setMin(today);
        time.setId("event-time");
        time.setLabel(getTranslation("event.field.time"));
        place.setId("event-place");
        place.setLabel(getTranslation("event.field.place"));
        place.setMaxLength(NewNetworkEvent.MAX_PLACE);
        description.setId("event-description");
        description.setLabel(getTranslation("event.field.description"));
        description.setMaxLength(NewNetworkEvent.MAX_DESCRIPTION);
        languages.setId("event-languages");
        languages.setLabel(getTranslation("event.field.languages"));
        languages.setHelperText(getTranslation("event.field.languages.help"));
        languages.setItems(SpokenLanguages.COMMON);
        languages.setItemLabelGenerator(code -> SpokenLanguages.name(code, getLocale()));
        var save = new Button(getTranslation("event.create"), click -> {
            if (complete(today)) {
                create.accept(new NewNetworkEvent(title.getValue(), kind.getValue(), date.getValue(), time.getValue(),
                        place.getValue(), description.getValue(), languages.getValue()));
                title.clear();
                date.clear();
                time.clear();
                place.clear();
                description.clear();
                languages.clear();
            }
        });
        save.setId("event-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(title, kind, date, time, place, languages, description, save);
        getContent().setColspan(description, 2);
    }

    /** Marks what is missing or wrong; true when the event can be created. */
    private boolean complete(LocalDate today) {
        title.setInvalid(title.getValue().isBlank());
        title.setErrorMessage(getTranslation("event.required"));
        date.setInvalid(date.getValue() == null || date.getValue().isBefore(today));
        date.setErrorMessage(getTranslation(date.getValue() == null ? "event.required" : "event.pastDate"));
        time.setInvalid(time.getValue() == null);
        time.setErrorMessage(getTranslation("event.required"));
        place.setInvalid(place.getValue().isBlank());
        place.setErrorMessage(getTranslation("event.required"));
        return !title.isInvalid() && !date.isInvalid() && !time.isInvalid() && !place.isInvalid();
    }
}

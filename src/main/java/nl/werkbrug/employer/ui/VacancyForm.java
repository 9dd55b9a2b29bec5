package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.employer.FairWorkRefused;
import nl.werkbrug.employer.InvalidVacancy;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;

/**
 * The vacancy as the employer writes it, in sections: what the work is, languages, when and where,
 * and the terms. It reads a draft (to change or copy a vacancy) and writes one when every field is
 * valid; what the service refuses is shown next to the field it concerns, and nothing typed is lost.
 */
class VacancyForm extends Composite<VerticalLayout> {

    final VacancyTypeField type = new VacancyTypeField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final OccupationSkills occupation;
    final Select<CefrLevel> dutch = new Select<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Select<Integer> education = new Select<>();
    final IntegerField hoursMin = new IntegerField();
    final IntegerField hoursMax = new IntegerField();
    final CheckboxGroup<DayOfWeek> workDays = new CheckboxGroup<>();
    final DatePicker startDate = new DatePicker();
    final ComboBox<LocationView> location = new ComboBox<>();
    final IntegerField positions = new IntegerField();
    final Checkbox permit = new Checkbox();
    final MultiSelectComboBox<Certificate> certificates = new MultiSelectComboBox<>();
    final DualTrajectorySection dual = new DualTrajectorySection();
    final WorkTermsSection terms = new WorkTermsSection();
    private final Paragraph volunteerNotice = new Paragraph();
    private final VacancyBinder binder;

    VacancyForm(TaxonomyService taxonomy, List<LocationView> places) {
        occupation = new OccupationSkills(taxonomy, name -> {
            if (title.isEmpty()) {
                title.setValue(name.isEmpty() ? name : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1));
            }
        });
        captions();
        choices(places);
        binder = new VacancyBinder(this);
        type.addValueChangeListener(change -> showFor(change.getValue()));
        dutch.addValueChangeListener(change -> {
            if (change.getValue() != null && type.getValue() == VacancyType.DUAL_TRAJECTORY) {
                dual.suggestTarget(change.getValue());
            }
        });
        volunteerNotice.setText(getTranslation("vacancyForm.volunteer.notice"));
        volunteerNotice.addClassName("form-notice");
        volunteerNotice.setId("vacancy-volunteer-notice");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("vacancyForm.section.work")), type, volunteerNotice,
                occupation, title, description,
                new H3(getTranslation("vacancyForm.section.languages")), columns(dutch, languages, education),
                new H3(getTranslation("vacancyForm.section.when")),
                columns(hoursMin, hoursMax, startDate, location, positions), workDays, dual, terms,
                new H3(getTranslation("vacancyForm.section.requirements")), certificates, permit);
        type.setValue(VacancyType.JOB);
        positions.setValue(1);
        workDays.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        terms.minimumAge.setValue(21);
        terms.maxHoursPerDay.setValue(8);
    }

    private void captions() {
        title.setLabel(getTranslation("vacancyForm.title"));
        title.setHelperText(getTranslation("vacancyForm.title.help"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("vacancy-title");
        description.setLabel(getTranslation("vacancyForm.description"));
        description.setMaxLength(20000);
        description.setWidthFull();
        description.setId("vacancy-description");
        dutch.setId("vacancy-dutch");
        languages.setLabel(getTranslation("vacancyForm.otherLanguages"));
        languages.setHelperText(getTranslation("vacancyForm.otherLanguages.help"));
        languages.setId("vacancy-languages");
        education.setLabel(getTranslation("vacancyForm.education"));
        education.setId("vacancy-education");
        hoursMin.setLabel(getTranslation("vacancyForm.hoursMin"));
        hoursMin.setId("vacancy-hours-min");
        hoursMax.setLabel(getTranslation("vacancyForm.hoursMax"));
        hoursMax.setId("vacancy-hours-max");
        workDays.setLabel(getTranslation("vacancyForm.workDays"));
        workDays.setId("vacancy-work-days");
        startDate.setLabel(getTranslation("vacancyForm.startDate"));
        startDate.setLocale(getLocale());
        startDate.setId("vacancy-start-date");
        location.setLabel(getTranslation("vacancyForm.location"));
        location.setId("vacancy-location");
        positions.setLabel(getTranslation("vacancyForm.positions"));
        positions.setStepButtonsVisible(true);
        positions.setId("vacancy-positions");
        permit.setLabel(getTranslation("vacancyForm.permit"));
        permit.setHelperText(getTranslation("vacancyForm.permit.help"));
        permit.setId("vacancy-permit");
        certificates.setLabel(getTranslation("vacancyForm.certificates"));
        certificates.setWidthFull();
        certificates.setId("vacancy-certificates");
    }

    private void choices(List<LocationView> places) {
        dutch.setItems(CefrLevel.values());
        dutch.setItemLabelGenerator(level -> level == null ? "" : getTranslation("cefr." + level.name()));
        Locale screen = getLocale();
        languages.setItems(Set.of(Locale.getISOLanguages()).stream().filter(code -> !code.equals("nl"))
                .sorted(Comparator.comparing(code -> languageName(code, screen))).toList());
        languages.setItemLabelGenerator(code -> languageName(code, screen));
        education.setItems(0, 1, 2, 3, 4, 5, 6, 7, 8);
        education.setItemLabelGenerator(level -> level == null ? "" : getTranslation("isced." + level));
        education.setEmptySelectionAllowed(true);
        education.setEmptySelectionCaption(getTranslation("vacancyForm.education.none"));
        workDays.setItems(DayOfWeek.values());
        workDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, screen));
        location.setItems(places);
        location.setItemLabelGenerator(place -> place.name() + " (" + place.municipality() + ")");
        certificates.setItems(Certificate.values());
        certificates.setItemLabelGenerator(c -> getTranslation("certificate." + c.name()));
    }

    private static String languageName(String code, Locale screen) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(screen);
        return name.isBlank() ? code : name;
    }

    /** Shows what belongs to the kind of work: the dual-trajectory section, the volunteer notice, the wage. */
    private void showFor(@Nullable VacancyType kind) {
        boolean dualTrajectory = kind == VacancyType.DUAL_TRAJECTORY;
        dual.setVisible(dualTrajectory);
        volunteerNotice.setVisible(kind == VacancyType.VOLUNTEER);
        terms.wage.setVisible(kind != VacancyType.VOLUNTEER);
        terms.wage.setRequiredIndicatorVisible(kind != null && kind.paid());
        terms.wage.setHelperText(getTranslation(kind != null && kind.paid() ? "vacancyForm.wage.paid"
                : "vacancyForm.wage.optional"));
        dutch.setLabel(getTranslation(dualTrajectory ? "vacancyForm.dutch.start" : "vacancyForm.dutch"));
        if (dualTrajectory && dutch.getValue() != null) {
            dual.suggestTarget(dutch.getValue());
        }
    }

    void read(VacancyDraft draft) {
        binder.readBean(draft);
    }

    /** The draft, or empty when a field is not valid (the fields then say why). */
    Optional<VacancyDraft> write(UUID employerId) {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        VacancyType kind = type.getValue();
        boolean dualTrajectory = kind == VacancyType.DUAL_TRAJECTORY;
        return Optional.of(new VacancyDraft(employerId, title.getValue().strip(), description.getValue(), kind,
                occupation.occupation.getValue(), occupation.essential.getValue(), occupation.optional.getValue(),
                dutch.getValue(), education.getValue(), hoursMin.getValue(), hoursMax.getValue(), workDays.getValue(),
                dualTrajectory ? dual.languageDays.getValue() : Set.of(), location.getValue().id().value(),
                kind == VacancyType.VOLUNTEER ? null : terms.wage.getValue(), startDate.getValue(),
                positions.getValue(), permit.getValue(), certificates.getValue(), terms.value(), languages.getValue(),
                dualTrajectory && dual.languageSupport.getValue(), dualTrajectory ? dual.target.getValue() : null));
    }

    /** Shows the fair-work refusal at the pay, with the minimum that applies. */
    String refused(FairWorkRefused refused) {
        var minimum = refused.minimumWage();
        String message = getTranslation("fairWork.refused." + refused.code(),
                minimum == null ? "" : NumberFormat.getNumberInstance(getLocale()).format(minimum));
        mark(terms.wage, message);
        return message;
    }

    /** Shows a broken rule at the field it concerns, where there is one. */
    String invalid(InvalidVacancy invalid) {
        String message = getTranslation("vacancyForm.invalid." + invalid.code());
        switch (invalid.code()) {
            case "OCCUPATION_UNKNOWN" -> mark(occupation.occupation, message);
            case "SKILL_UNKNOWN" -> mark(occupation.essential, message);
            case "LANGUAGE_UNKNOWN" -> mark(languages, message);
            case "DUAL_WORK_DAYS_MISSING" -> mark(workDays, message);
            case "DUAL_LANGUAGE_DAYS_MISSING", "DUAL_DAYS_OVERLAP" -> mark(dual.languageDays, message);
            case "DUTCH_TARGET_BELOW_START" -> mark(dual.target, message);
            default -> {
            }
        }
        return message;
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static FormLayout columns(Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        return form;
    }
}

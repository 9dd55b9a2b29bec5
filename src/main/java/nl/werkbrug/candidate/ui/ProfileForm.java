package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.AsylumTrack;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.ItemSource;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.cv.CvParseResult;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.taxonomy.TaxonomyService;
import nl.werkbrug.taxonomy.ui.ConceptPicker;
import org.jspecify.annotations.Nullable;

/**
 * The guided profile form: with or without a CV, a person (or their jobhunter) chooses occupations
 * and skills from ESCO by typing, in their own language where ESCO has it.
 */
class ProfileForm extends Composite<VerticalLayout> {

    private final TextField givenName = new TextField();
    private final TextField familyName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<NewcomerGroup> group = new Select<>();
    private final ComboBox<LocationView> location = new ComboBox<>();
    private final Select<CefrLevel> dutch = new Select<>();
    private final LanguagesField languages = new LanguagesField();
    private final Select<Integer> education = new Select<>();
    private final TaxonomyService taxonomy;
    private final ConceptPicker occupations;
    private final ConceptPicker skills;
    private final MultiSelectComboBox<Certificate> certificates = new MultiSelectComboBox<>();
    private final DatePicker availableFrom = new DatePicker();
    private final IntegerField hoursMin = new IntegerField();
    private final IntegerField hoursMax = new IntegerField();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final CheckboxGroup<DayOfWeek> classDays = new CheckboxGroup<>();
    private final IntegerField travel = new IntegerField();
    private final DatePicker procedureStart = new DatePicker();
    private final Select<PermitStatus> permit = new Select<>();
    private final Select<AsylumTrack> track = new Select<>();
    private final DatePicker uwvNotified = new DatePicker();
    private final Checkbox volunteerDeclaration = new Checkbox();
    private final Checkbox consent = new Checkbox();
    private Map<String, Integer> months = new HashMap<>();
    private Map<String, ItemSource> sources = new HashMap<>();
    private @Nullable CandidateProfile original;

    ProfileForm(TaxonomyService taxonomy, List<LocationView> locations, boolean showRightToWork) {
        this.taxonomy = taxonomy;
        String language = getLocale().getLanguage();
        occupations = new ConceptPicker(getTranslation("profile.occupations"),
                (text, limit) -> taxonomy.searchOccupations(text, language, limit));
        skills = new ConceptPicker(getTranslation("profile.skills"),
                (text, limit) -> taxonomy.searchSkills(text, language, limit));
        occupations.setId("profile-occupations");
        skills.setId("profile-skills");
        captions();
        group.setItems(NewcomerGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        location.setItems(locations);
        location.setItemLabelGenerator(LocationView::name);
        dutch.setItems(CefrLevel.values());
        dutch.setItemLabelGenerator(level -> getTranslation("cefr." + level.name()));
        education.setItems(0, 1, 2, 3, 4, 5, 6, 7, 8);
        education.setItemLabelGenerator(level -> getTranslation("isced." + level));
        certificates.setItems(Certificate.values());
        certificates.setItemLabelGenerator(c -> getTranslation("certificate." + c.name()));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        classDays.setItems(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        classDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        classDays.setId("profile-class-days");
        permit.setItems(PermitStatus.values());
        permit.setItemLabelGenerator(status -> getTranslation("permit." + status.name()));
        travel.setMin(0);
        travel.setMax(500);
        travel.setValue(25);
        var content = getContent();
        content.setPadding(false);
        content.add(new H3(getTranslation("profile.section.person")),
                form(givenName, familyName, email, phone, group, location),
                new H3(getTranslation("profile.section.languages")), form(dutch, education), languages,
                new H3(getTranslation("profile.section.work")), occupations, skills, certificates,
                new H3(getTranslation("profile.section.availability")),
                form(availableFrom, hoursMin, hoursMax, travel), days, classDays);
        if (showRightToWork) {
            content.add(new H3(getTranslation("profile.section.rights")), form(procedureStart, track, permit, uwvNotified),
                    volunteerDeclaration);
        }
        content.add(consent);
    }

    private void captions() {
        givenName.setLabel(getTranslation("profile.givenName"));
        givenName.setRequired(true);
        givenName.setId("profile-given-name");
        familyName.setLabel(getTranslation("profile.familyName"));
        familyName.setId("profile-family-name");
        email.setLabel(getTranslation("profile.email"));
        phone.setLabel(getTranslation("profile.phone"));
        group.setLabel(getTranslation("candidate.group"));
        group.setId("profile-group");
        location.setLabel(getTranslation("candidate.location"));
        location.setId("profile-location");
        dutch.setLabel(getTranslation("candidate.dutch"));
        dutch.setId("profile-dutch");
        education.setLabel(getTranslation("profile.education"));
        certificates.setLabel(getTranslation("profile.certificates"));
        certificates.setId("profile-certificates");
        certificates.setWidthFull();
        availableFrom.setLabel(getTranslation("profile.availableFrom"));
        hoursMin.setLabel(getTranslation("profile.hoursMin"));
        hoursMax.setLabel(getTranslation("profile.hoursMax"));
        days.setLabel(getTranslation("profile.days"));
        classDays.setLabel(getTranslation("profile.classDays"));
        classDays.setHelperText(getTranslation("profile.classDays.help"));
        travel.setLabel(getTranslation("profile.travel"));
        procedureStart.setLabel(getTranslation("profile.procedureStart"));
        permit.setLabel(getTranslation("candidate.permit"));
        track.setLabel(getTranslation("profile.asylumTrack"));
        track.setId("profile-asylum-track");
        track.setItems(AsylumTrack.values());
        track.setItemLabelGenerator(t -> getTranslation("asylumTrack." + t.name()));
        track.setValue(AsylumTrack.UNKNOWN);
        track.setHelperText(getTranslation("profile.asylumTrack.help"));
        uwvNotified.setLabel(getTranslation("profile.uwvNotified"));
        uwvNotified.setId("profile-uwv-notified");
        uwvNotified.setHelperText(getTranslation("profile.uwvNotified.help"));
        volunteerDeclaration.setLabel(getTranslation("profile.volunteerDeclaration"));
        consent.setLabel(getTranslation("my.consent"));
        consent.setId("profile-consent");
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        return form;
    }

    void read(CandidateProfile profile, TaxonomyService taxonomy) {
        original = profile;
        var contact = profile.contact();
        givenName.setValue(contact.givenName());
        familyName.setValue(Optional.ofNullable(contact.familyName()).orElse(""));
        email.setValue(Optional.ofNullable(contact.email()).orElse(""));
        phone.setValue(Optional.ofNullable(contact.phone()).orElse(""));
        group.setValue(profile.group());
        location.getListDataView().getItems().filter(l -> l.id().value().equals(profile.locationId())).findFirst()
                .ifPresent(location::setValue);
        dutch.setValue(profile.dutchLevel());
        languages.setValue(profile.otherLanguages());
        education.setValue(profile.educationLevel());
        String language = getLocale().getLanguage();
        months = new HashMap<>(profile.occupations());
        sources = new HashMap<>(profile.sources());
        occupations.setValue(profile.occupations().keySet(), uri -> taxonomy.label(uri, language));
        skills.setValue(profile.skills(), uri -> taxonomy.label(uri, language));
        certificates.setValue(profile.certificates());
        var availability = profile.availability();
        availableFrom.setValue(availability.from());
        hoursMin.setValue(availability.hoursMin());
        hoursMax.setValue(availability.hoursMax());
        days.setValue(availability.days());
        classDays.setValue(availability.classDays());
        travel.setValue(availability.maxTravelKm());
        procedureStart.setValue(profile.rightToWork().asylumProcedureStart());
        permit.setValue(profile.rightToWork().permitStatus());
        volunteerDeclaration.setValue(profile.rightToWork().volunteerDeclaration());
        track.setValue(profile.rightToWork().asylumTrack());
        uwvNotified.setValue(profile.rightToWork().uwvNotifiedOn());
        consent.setValue(profile.matchingConsentAt() != null);
    }

    /**
     * Takes over what the person confirmed from their CV: occupations (with the months of experience
     * the CV shows), skills, languages, the highest education and certificates. Levels only go up; the
     * contact fields are filled from the CV only where they are still empty.
     */
    void confirm(CvParseResult confirmed) {
        String viewer = getLocale().getLanguage();
        confirmed.occupations().forEach(o -> {
            sources.put(o.uri(), ItemSource.CONFIRMED);
            int experience = confirmed.experience().stream().filter(e -> o.uri().equals(e.occupationUri()))
                    .mapToInt(e -> e.months() == null ? 0 : e.months()).sum();
            months.merge(o.uri(), experience, Math::max);
            occupations.add(o.uri(), taxonomy.label(o.uri(), viewer));
        });
        confirmed.skills().forEach(s -> {
            sources.put(s.uri(), ItemSource.CONFIRMED);
            skills.add(s.uri(), taxonomy.label(s.uri(), viewer));
        });
        for (var spoken : confirmed.languages()) {
            CefrLevel level = spoken.cefr() == null ? CefrLevel.A1 : CefrLevel.valueOf(spoken.cefr());
            if (spoken.code().equals("nl")) {
                if (dutch.isEmpty() || dutch.getValue().compareTo(level) < 0) {
                    dutch.setValue(level);
                }
            } else {
                languages.add(spoken.code(), level);
            }
        }
        confirmed.education().stream().map(CvParseResult.Education::level).filter(java.util.Objects::nonNull)
                .max(Integer::compare).ifPresent(level -> {
                    if (education.isEmpty() || education.getValue() < level) {
                        education.setValue(level);
                    }
                });
        Set<Certificate> held = new java.util.HashSet<>(certificates.getValue());
        confirmed.certificates().forEach(c -> Certificate.of(c.code()).ifPresent(held::add));
        certificates.setValue(held);
        fillContact(confirmed.contacts());
    }

    /** Fills empty contact fields from the contact details a CV showed, when the person chose to. */
    private void fillContact(java.util.List<CvParseResult.Contact> found) {
        for (var contact : found) {
            if (contact.type().equals("EMAIL") && email.isEmpty()) {
                email.setValue(contact.value());
            } else if (contact.type().equals("PHONE") && phone.isEmpty()) {
                phone.setValue(contact.value());
            }
        }
    }

    /** Moves the focus to the skills picker, for a CV that yielded few skills. */
    void focusSkills() {
        skills.searchField().focus();
        skills.getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
    }

    /** The draft, or empty when something required is missing (the fields then say what). */
    Optional<CandidateDraft> write() {
        boolean valid = required(givenName, givenName.isEmpty()) & required(group, group.isEmpty())
                & required(location, location.isEmpty()) & required(dutch, dutch.isEmpty());
        if (hoursMin.getValue() != null && hoursMax.getValue() != null && hoursMin.getValue() > hoursMax.getValue()) {
            hoursMax.setInvalid(true);
            hoursMax.setErrorMessage(getTranslation("profile.error.hours"));
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        Map<String, Integer> occupationMonths = new HashMap<>();
        occupations.getValue().forEach(uri -> occupationMonths.put(uri, months.getOrDefault(uri, 0)));
        var rights = original == null ? RightToWork.free() : original.rightToWork();
        return Optional.of(new CandidateDraft(
                new ContactDetails(givenName.getValue().strip(), blankToNull(familyName.getValue()),
                        blankToNull(email.getValue()), blankToNull(phone.getValue())),
                group.getValue(), location.getValue().id().value(), dutch.getValue(), languages.getValue(),
                education.getValue(), occupationMonths, Set.copyOf(skills.getValue()),
                Set.copyOf(certificates.getValue()),
                new Availability(availableFrom.getValue(), hoursMin.getValue(), hoursMax.getValue(), days.getValue(),
                        travel.getValue() == null ? 25 : travel.getValue(), classDays.getValue()),
                new RightToWork(procedureStart.getValue(), permit.isEmpty() ? rights.permitStatus() : permit.getValue(),
                        rights.permitStatusDate(), uwvNotified.getValue(), volunteerDeclaration.getValue(),
                        track.isEmpty() ? AsylumTrack.UNKNOWN : track.getValue()),
                consent.getValue(), original == null ? null : original.intakeDate(),
                original == null ? null : original.userId(), original == null ? null : original.jobhunterId(),
                reviewedSources()));
    }

    /** Saving after review confirms what came from the CV; what was typed is entered by hand. */
    private Map<String, ItemSource> reviewedSources() {
        Map<String, ItemSource> reviewed = new HashMap<>();
        for (String uri : occupations.getValue()) {
            reviewed.put(uri, reviewed(uri));
        }
        for (String uri : skills.getValue()) {
            reviewed.put(uri, reviewed(uri));
        }
        return reviewed;
    }

    private ItemSource reviewed(String uri) {
        ItemSource source = sources.getOrDefault(uri, ItemSource.ENTERED);
        return source == ItemSource.PARSED ? ItemSource.CONFIRMED : source;
    }

    private boolean required(com.vaadin.flow.component.HasValidation field, boolean missing) {
        field.setInvalid(missing);
        if (missing) {
            field.setErrorMessage(getTranslation("profile.error.required"));
        }
        return !missing;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}

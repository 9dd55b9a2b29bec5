package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo employer writes vacancies with the posting form, which suggests rather than asks: an
 * occupation found in Dutch or English proposes its ESCO skills, a dual trajectory keeps its language
 * week, pay below the minimum wage is refused at the pay without losing what was typed, housing tied
 * to the job waits for the municipality, and the list of vacancies pauses, closes, reopens and copies.
 */
@IntegrationTest
@WithUserDetails("employer")
class VacancyFormViewTest extends SpringBrowserlessTest {

    private static final String FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    private static final LocalDate START = LocalDate.of(2026, 12, 14);

    @Autowired
    VacancyService vacancies;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openTheFormInDutch() {
        UI.getCurrent().navigate("employer/vacancies/new", QueryParameters.of("lang", "nl"));
    }

    @Test
    void an_occupation_typed_in_dutch_or_english_is_found_and_proposes_its_esco_skills() {
        var occupation = occupation();
        test(occupation).setFilter("heftruckchauffeur");
        assertThat(test(occupation).getSuggestionItems()).as("Dutch").contains(FORKLIFT);
        test(occupation).setFilter("forklift driver");
        assertThat(test(occupation).getSuggestionItems()).as("English").contains(FORKLIFT);
        test(occupation).selectItem("heftruckchauffeur");

        var forklift = taxonomy.occupation(FORKLIFT).orElseThrow();
        assertThat(forklift.essentialSkills()).isNotEmpty();
        assertThat(forklift.optionalSkills()).isNotEmpty();
        assertThat(skills("vacancy-essential-skills").getValue()).as("essential skills chosen")
                .containsExactlyInAnyOrderElementsOf(forklift.essentialSkills());
        var optional = skills("vacancy-optional-skills");
        assertThat(optional.getValue()).as("optional skills only offered").isEmpty();
        assertThat(test(optional).getSuggestionItems()).containsAll(forklift.optionalSkills());
        assertThat(field("vacancy-title").getValue()).isEqualTo("Heftruckchauffeur");

        test(optional).setFilter("Engels");
        var english = test(optional).getSuggestionItems();
        assertThat(english).as("any other skill is found by typing").isNotEmpty().doesNotContainAnyElementsOf(
                forklift.optionalSkills());
        optional.select(english.getFirst());
        test(occupation).setFilter("forklift operator");
        test(occupation).selectItem("heftruckchauffeur");
        assertThat(optional.getValue()).as("a skill found by typing stays chosen").contains(english.getFirst());
    }

    @Test
    void a_dual_trajectory_keeps_its_language_week_its_support_and_the_level_it_aims_for() {
        String title = "Orderpicker met taal " + suffix();
        fill(title, "15.20", 21);
        test(radio()).selectItem("Duaal traject (werken en Nederlands leren)");
        select("vacancy-dutch").setValue(CefrLevel.A1);
        assertThat(select("vacancy-dutch-target").getValue()).as("B1 is proposed").isEqualTo(CefrLevel.B1);
        days("vacancy-work-days").setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        days("vacancy-language-days").setValue(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        test($(Checkbox.class).id("vacancy-language-support")).click();
        skills("vacancy-languages").setValue(Set.of("en", "pl"));
        save();
        assertThat(days("vacancy-language-days").isInvalid()).as("Thursday is a work day").isTrue();
        assertThat(days("vacancy-language-days").getErrorMessage()).contains("taaldag");
        assertThat(saved(title)).isEmpty();

        days("vacancy-language-days").setValue(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        save();
        var vacancy = vacancies.get(new VacancyId(saved(title).orElseThrow()));
        assertThat(vacancy.type()).isEqualTo(VacancyType.DUAL_TRAJECTORY);
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(vacancy.workDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY);
        assertThat(vacancy.languageDays()).containsExactlyInAnyOrder(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(vacancy.languageSupport()).isTrue();
        assertThat(vacancy.dutchLevel()).isEqualTo(CefrLevel.A1);
        assertThat(vacancy.dutchLevelTarget()).isEqualTo(CefrLevel.B1);
        assertThat(vacancy.otherLanguages()).containsExactlyInAnyOrder("en", "pl");
        assertThat(vacancy.essentialSkills()).containsExactlyInAnyOrderElementsOf(
                taxonomy.occupation(FORKLIFT).orElseThrow().essentialSkills());
        assertThat(lastNotification()).contains(title, "staat online");
    }

    @Test
    void pay_of_13_50_for_a_25_year_old_in_2026_is_refused_at_the_pay_and_the_form_keeps_what_was_typed() {
        String title = "Heftruckchauffeur onder het minimum " + suffix();
        fill(title, "13.50", 25);
        save();
        var wage = $(BigDecimalField.class).id("vacancy-wage");
        assertThat(wage.isInvalid()).isTrue();
        assertThat(wage.getErrorMessage()).contains("minimumloon", "14,71");
        assertThat(lastNotification()).contains("14,71", "niets opgeslagen");
        assertThat(saved(title)).as("nothing saved").isEmpty();
        assertThat(field("vacancy-title").getValue()).isEqualTo(title);
        assertThat(wage.getValue()).isEqualByComparingTo("13.50");
        assertThat($(IntegerField.class).id("vacancy-minimum-age").getValue()).isEqualTo(25);
        assertThat(occupation().getValue()).isEqualTo(FORKLIFT);
        assertThat(skills("vacancy-essential-skills").getValue()).isNotEmpty();

        test(wage).setValue(new BigDecimal("14.71"));
        save();
        assertThat(saved(title)).as("the minimum itself is accepted").isPresent();
    }

    @Test
    void housing_tied_to_the_job_waits_for_the_municipalitys_review() {
        String title = "Oogstmedewerker met huisvesting " + suffix();
        fill(title, "15.00", 21);
        test($(Checkbox.class).id("vacancy-housing-tied")).click();
        save();
        var vacancy = vacancies.get(new VacancyId(saved(title).orElseThrow()));
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.IN_REVIEW);
        assertThat(vacancy.reviewReasons()).containsExactly("HOUSING_TIED");
        assertThat(lastNotification()).contains("gemeente kijkt er eerst naar", "Huisvesting gekoppeld aan het werk");
    }

    @Test
    void a_field_says_what_is_wrong_in_the_language_of_the_screen() {
        var positions = $(IntegerField.class).id("vacancy-positions");
        positions.setValue(0);
        save();
        assertThat(positions.isInvalid()).isTrue();
        assertThat(positions.getErrorMessage()).as("bean validation, in Dutch").isEqualTo("moet groter dan 0 zijn");
        assertThat(field("vacancy-title").getErrorMessage()).isEqualTo("Vul dit in.");
        assertThat(lastNotification()).contains("gemarkeerde velden");
        try {
            UI.getCurrent().navigate("employer/vacancies/new", QueryParameters.of("lang", "uk"));
            var hours = $(IntegerField.class).id("vacancy-hours-max");
            hours.setValue(61);
            save();
            assertThat(hours.getErrorMessage()).as("in Ukrainian").isEqualTo("має бути менше або рівне 60");
        } finally {
            // the account remembers its language: back to Dutch
            UI.getCurrent().navigate("employer/vacancies/new", QueryParameters.of("lang", "nl"));
        }
    }

    @Test
    void a_volunteer_placement_tells_about_the_volunteer_declaration_and_asks_no_pay() {
        assertThat($(Paragraph.class).withId("vacancy-volunteer-notice").all()).as("not for a job").isEmpty();
        test(radio()).selectItem("Vrijwilligerswerk");
        assertThat($(Paragraph.class).id("vacancy-volunteer-notice").getText()).contains("vrijwilligersverklaring",
                "onbetaald");
        assertThat($(BigDecimalField.class).withId("vacancy-wage").all()).as("no pay asked").isEmpty();
    }

    @Test
    void from_the_list_the_employer_pauses_reopens_closes_changes_and_copies_a_vacancy() {
        UI.getCurrent().navigate("employer");
        test($(Button.class).id("new-vacancy")).click();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("VacancyFormView");
        String title = "Magazijnmedewerker " + suffix();
        fill(title, "15.00", 21);
        save();
        var id = new VacancyId(saved(title).orElseThrow());
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("EmployerHomeView");

        click(id, "pause");
        assertThat(vacancies.get(id).status()).isEqualTo(VacancyStatus.PAUSED);
        click(id, "reopen");
        assertThat(vacancies.get(id).status()).isEqualTo(VacancyStatus.OPEN);
        click(id, "close");
        assertThat(vacancies.get(id).status()).isEqualTo(VacancyStatus.CLOSED);

        click(id, "edit");
        assertThat(field("vacancy-title").getValue()).isEqualTo(title);
        $(IntegerField.class).id("vacancy-hours-max").setValue(36);
        save();
        assertThat(vacancies.get(id).hoursMax()).isEqualTo(36);
        assertThat(vacancies.get(id).status()).as("a closed vacancy stays offline").isEqualTo(VacancyStatus.CLOSED);

        click(id, "copy");
        assertThat(field("vacancy-title").getValue()).isEqualTo(title);
        field("vacancy-title").setValue(title + " (kopie)");
        save();
        var copy = vacancies.get(new VacancyId(saved(title + " (kopie)").orElseThrow()));
        assertThat(copy.id()).isNotEqualTo(id);
        assertThat(copy.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(copy.occupationUri()).isEqualTo(FORKLIFT);
        assertThat(copy.essentialSkills()).isEqualTo(vacancies.get(id).essentialSkills());
        assertThat(copy.hoursMax()).isEqualTo(36);
    }

    /** A job for a forklift driver, filled in as an employer would, without saving. */
    private void fill(String title, String wage, int minimumAge) {
        test(occupation()).setFilter("heftruckchauffeur");
        test(occupation()).selectItem("heftruckchauffeur");
        test(field("vacancy-title")).setValue(title);
        select("vacancy-dutch").setValue(CefrLevel.A2);
        $(IntegerField.class).id("vacancy-hours-min").setValue(24);
        $(IntegerField.class).id("vacancy-hours-max").setValue(32);
        $(DatePicker.class).id("vacancy-start-date").setValue(START);
        @SuppressWarnings("unchecked")
        ComboBox<LocationView> location = $(ComboBox.class).id("vacancy-location");
        location.setValue(location.getListDataView().getItems().findFirst().orElseThrow());
        test($(BigDecimalField.class).id("vacancy-wage")).setValue(new BigDecimal(wage));
        select("vacancy-contract").setValue(ContractType.FIXED_TERM);
        $(IntegerField.class).id("vacancy-minimum-age").setValue(minimumAge);
    }

    private void save() {
        test($(Button.class).id("vacancy-save")).click();
    }

    @SuppressWarnings("unchecked")
    private void click(VacancyId id, String action) {
        UI.getCurrent().navigate("employer");
        Grid<VacancyView> grid = $(Grid.class).id("my-vacancies");
        var rows = test(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id().equals(id))
                .findFirst().orElseThrow();
        var button = $(Button.class, rows.getCellComponent(row, "actions")).withClassName("vacancy-" + action).single();
        button.click();
    }

    private java.util.Optional<UUID> saved(String title) {
        return jdbc.sql("select id from vacancy where title = ?").param(title).query(UUID.class).optional();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> occupation() {
        return $(ComboBox.class).id("vacancy-occupation");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<VacancyType> radio() {
        return $(RadioButtonGroup.class).id("vacancy-type");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> skills(String id) {
        return $(MultiSelectComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<DayOfWeek> days(String id) {
        return $(CheckboxGroup.class).id(id);
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

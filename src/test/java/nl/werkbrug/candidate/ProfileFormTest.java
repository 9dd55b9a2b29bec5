package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.TaxonomyService;
import nl.werkbrug.taxonomy.ui.ConceptPicker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The guided profile form, without a CV: intake by a jobhunter and completion by the newcomer. */
@IntegrationTest
class ProfileFormTest extends SpringBrowserlessTest {

    static final String FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    @Autowired
    CandidateService candidates;
    @Autowired
    TaxonomyService taxonomy;

    @Test
    @WithUserDetails("jobhunter")
    @SuppressWarnings("unchecked")
    void a_jobhunter_takes_an_intake_without_a_cv_and_picks_an_occupation_from_esco() {
        navigate("intake", Component.class);
        test($(TextField.class).id("profile-given-name")).setValue("Intakia");
        ((Select<NewcomerGroup>) $(Select.class).id("profile-group")).setValue(NewcomerGroup.ASYLUM_SEEKER);
        var location = (ComboBox<LocationView>) $(ComboBox.class).id("profile-location");
        location.setValue(location.getListDataView().getItems()
                .filter(l -> l.name().equals("azc Kamp van Zeist")).findFirst().orElseThrow());
        ((Select<CefrLevel>) $(Select.class).id("profile-dutch")).setValue(CefrLevel.A1);
        $view(ConceptPicker.class).id("profile-occupations").searchField().setValue(taxonomy.searchOccupations("heftruckchauffeur", "nl", 1).getFirst());
        ((com.vaadin.flow.component.checkbox.CheckboxGroup<java.time.DayOfWeek>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("profile-class-days"))
                .setValue(java.util.Set.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY));
        test($(Button.class).id("profile-save")).click();

        var saved = candidates.caseload(CaseloadFilter.NONE.withName("Intakia"), 0, 50).stream()
                .filter(c -> c.name().equals("Intakia")).findFirst().orElseThrow();
        var profile = candidates.profile(saved.id());
        assertThat(profile.occupations()).containsKey(FORKLIFT);
        assertThat(profile.sources()).containsEntry(FORKLIFT, ItemSource.ENTERED);
        assertThat(profile.group()).isEqualTo(NewcomerGroup.ASYLUM_SEEKER);
        assertThat(profile.dutchLevel()).isEqualTo(CefrLevel.A1);
        assertThat(profile.availability().classDays()).as("language-class days, for dual trajectories")
                .containsExactlyInAnyOrder(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY);
    }

    @Test
    @WithUserDetails("jobhunter")
    void an_incomplete_intake_is_not_saved_and_keeps_what_was_typed() {
        long before = candidates.caseloadSize();
        navigate("intake", Component.class);
        test($(TextField.class).id("profile-given-name")).setValue("Halfweg");
        test($(Button.class).id("profile-save")).click();
        assertThat(candidates.caseloadSize()).isEqualTo(before);
        assertThat($(TextField.class).id("profile-given-name").getValue()).isEqualTo("Halfweg");
        assertThat($(Select.class).id("profile-group").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails("newcomer")
    @SuppressWarnings("unchecked")
    void a_newcomer_adds_a_skill_to_their_own_profile() {
        String skill = taxonomy.searchSkills("JavaScript", "en", 1).getFirst().uri();
        navigate("my/edit", Component.class);
        $view(ConceptPicker.class).id("profile-skills").searchField().setValue(taxonomy.searchSkills("JavaScript", "en", 1).getFirst());
        test($(Button.class).id("profile-save")).click();
        assertThat(candidates.mine().orElseThrow().skills()).contains(skill);
    }
}

package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The employer network on screen: a newcomer looks for employers that help with Dutch, an employer
 * fills in its profile, the municipality announces a job fair and an employer signs up for one.
 */
@IntegrationTest
class NetworkViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployerNetwork network;
    @Autowired
    NetworkEvents events;
    @Autowired
    EmployerService employers;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("newcomer")
    @SuppressWarnings("unchecked")
    void a_newcomer_finds_the_employers_that_help_with_dutch() {
        String marker = marker();
        var helps = employer(marker + " Taalmaatje", Set.of(Commitment.LANGUAGE_SUPPORT, Commitment.BUDDY_OR_MENTOR));
        var reachable = employer(marker + " Busroute", Set.of(Commitment.PUBLIC_TRANSPORT));

        UI.getCurrent().navigate("network", QueryParameters.of("lang", "nl"));
        test($(TextField.class).id("network-search")).setValue(marker);
        assertThat(text($(Div.class).id("network-employers"))).contains(helps.name(), reachable.name());

        test((MultiSelectComboBox<Commitment>) $(MultiSelectComboBox.class).id("network-commitments"))
                .selectItem("Hulp met Nederlands op het werk");
        String found = text($(Div.class).id("network-employers"));
        assertThat(found).contains(helps.name(), "Buddy of mentor", "Nu geen open vacatures")
                .doesNotContain(reachable.name());
        assertThat($(Paragraph.class).id("network-count").getText()).isEqualTo("Gevonden werkgevers: 1");
    }

    @Test
    @WithUserDetails("employer")
    @SuppressWarnings("unchecked")
    void an_employer_fills_in_its_profile_and_is_listed() {
        var original = network.myProfile().orElseThrow();
        try {
            // in Dutch, whatever language the demo employer chose last
            UI.getCurrent().navigate("employer", QueryParameters.of("lang", "nl"));
            test($(RouterLink.class).id("edit-network-profile")).click();
            var commitments = (CheckboxGroup<Commitment>) $(CheckboxGroup.class).id("profile-commitments");
            test(commitments).deselectAll();
            test(commitments).selectItems("Buddy of mentor", "Werktijden rond de taalles");
            test($(TextArea.class).id("profile-description")).setValue("Nieuwe collega's werken eerst met een buddy.");
            test($(TextField.class).id("profile-website")).setValue("geen adres");
            var listed = $(Checkbox.class).id("profile-listed");
            if (!listed.getValue()) {
                test(listed).click();
            }
            test($(Button.class).id("profile-save")).click();
            assertThat($(TextField.class).id("profile-website").isInvalid()).isTrue();
            assertThat(network.myProfile().orElseThrow().description()).as("nothing saved")
                    .isEqualTo(original.description());

            test($(TextField.class).id("profile-website")).setValue("www.heuvelrug-logistiek.example");
            test($(Button.class).id("profile-save")).click();
            var saved = network.myProfile().orElseThrow();
            assertThat(saved.commitments()).containsExactlyInAnyOrder(Commitment.BUDDY_OR_MENTOR,
                    Commitment.FLEXIBLE_HOURS_FOR_CLASSES);
            assertThat(saved.website()).isEqualTo("https://www.heuvelrug-logistiek.example");
            assertThat(saved.listedInNetwork()).isTrue();

            navigate("network", Component.class);
            test($(TextField.class).id("network-search")).setValue(saved.name());
            assertThat(text($(Div.class).id("network-employers"))).contains(saved.name(),
                    "Werktijden rond de taalles", "Nieuwe collega's werken eerst met een buddy.");
        } finally {
            network.updateProfile(original.employerId(), new ProfileChange(original.commitments(),
                    original.description(), original.website(), original.listedInNetwork()));
        }
    }

    @Test
    @WithUserDetails("municipality")
    @SuppressWarnings("unchecked")
    void the_municipality_announces_a_job_fair() {
        String title = "Banenmarkt " + marker();
        navigate("network/events", Component.class);
        $(Details.class).id("event-new").setOpened(true);
        test($(Button.class).id("event-create")).click();
        assertThat($(TextField.class).id("event-title").isInvalid()).as("nothing filled in, nothing created").isTrue();

        test($(TextField.class).id("event-title")).setValue(title);
        test($(DatePicker.class).id("event-date")).setValue(LocalDate.now().plusDays(60));
        test($(TimePicker.class).id("event-time")).setValue(LocalTime.of(13, 30));
        test($(TextField.class).id("event-place")).setValue("Sporthal Zeist");
        test((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("event-languages"))
                .selectItem("Arabisch", "Tigrinya");
        test($(Button.class).id("event-create")).click();

        assertThat(text(card(title))).contains("Banenmarkt", "Sporthal Zeist", "Arabisch",
                "Nog geen werkgevers aangemeld");
        assertThat(jdbc.sql("select languages from network_event where title = ?").param(title).query(String.class)
                .single()).isEqualTo("ar,ti");
    }

    @Test
    @WithUserDetails("employer")
    void an_employer_signs_up_for_an_event_and_withdraws() {
        var event = SystemTask.call("test", () -> events.create(new NewNetworkEvent("Banenmarkt " + marker(),
                EventKind.JOB_FAIR, LocalDate.now().plusDays(50), LocalTime.of(14, 0), "Gemeentehuis Zeist", "",
                Set.of())));
        var own = employers.mine().orElseThrow();
        navigate("network/events", Component.class);

        test($(Button.class, card(event.title())).withClassName("event-sign-up").single()).click();
        assertThat(events.get(event.id()).attends(own.id())).isTrue();
        assertThat(text(card(event.title()))).contains(own.name());

        test($(Button.class, card(event.title())).withClassName("event-withdraw").single()).click();
        assertThat(events.get(event.id()).attends(own.id())).isFalse();
    }

    private Card card(String title) {
        return $(Card.class).all().stream().filter(c -> text(c).contains(title)).findFirst().orElseThrow();
    }

    private EmployerView employer(String name, Set<Commitment> commitments) {
        return SystemTask.call("test", () -> {
            var created = employers.register(new NewEmployer(name, null, "logistiek", "Zeist", null, null));
            network.updateProfile(created.id(), new ProfileChange(commitments, "", null, true));
            return created;
        });
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String marker() {
        return "Netwerkscherm " + UUID.randomUUID().toString().substring(0, 8);
    }
}

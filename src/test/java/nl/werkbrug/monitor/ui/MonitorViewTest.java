package nl.werkbrug.monitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.monitor.Indicators;
import nl.werkbrug.monitor.MonitorFilter;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The monitor on screen, without a browser: filters, figures, tables, downloads and the breakdown. */
@IntegrationTest
class MonitorViewTest extends SpringBrowserlessTest {

    /** What a figure may show: "<5", "–", a count, a percentage or weeks. */
    static final Pattern FIGURE = Pattern.compile("<5|×|–|[\\d.]+|[\\d.]+\\s?%|\\d+,\\d");

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("municipality")
    @SuppressWarnings("unchecked")
    void the_municipality_sees_filters_figures_tables_and_downloads() {
        UI.getCurrent().navigate("monitor", QueryParameters.of("lang", "nl"));
        var year = MonitorFilter.lastTwelveMonths(clock);
        assertThat($(DatePicker.class).id("monitor-from").getValue()).isEqualTo(year.from());
        assertThat($(DatePicker.class).id("monitor-to").getValue()).isEqualTo(year.to());
        var locations = (ComboBox<Object>) $(ComboBox.class).id("monitor-location");
        assertThat(locations.getValue()).isNull();
        assertThat(test(locations).getSuggestions()).contains("azc Kamp van Zeist");
        var group = (Select<NewcomerGroup>) $(Select.class).id("monitor-group");
        assertThat(group.getEmptySelectionCaption()).isEqualTo("Alle groepen");
        assertThat($(Paragraph.class).id("monitor-rule").getText()).contains("<5", "werkgevers");
        for (String figure : List.of("intakes", "placedWithin16WeeksShare", "medianWeeksToPlacement", "atLevelShare",
                "waiting")) {
            assertThat($(Span.class).id("figure-" + figure).getText()).as(figure).matches(FIGURE);
        }
        for (String table : Indicators.TABLES) {
            assertThat($(NativeTable.class).id("table-" + table).getCaptionText()).as(table)
                    .isEqualTo(((Component) getCurrentView()).getTranslation("monitor.table." + table));
        }
        assertThat($(Anchor.class).id("monitor-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("monitor-xlsx").getElement().hasAttribute("download")).isTrue();

        var cells = $(NativeTableCell.class).all();
        assertThat(cells).isNotEmpty();
        for (NativeTableCell cell : cells) {
            String text = cell.getElement().getTextRecursively();
            assertThat(text).as(cell.getElement().getAttribute("data-row")).matches(FIGURE);
            assertThat(cell.getElement().getAttribute("data-column")).isNotBlank();
            if (cell.hasClassName("suppressed")) {
                assertThat(text).isIn("<5", "×");
                assertThat(cell.getElement().getAttributeNames()).as("a hidden figure leaves no trace")
                        .isSubsetOf("data-row", "data-column", "class");
            }
        }

        test(group).selectItem("Statushouder (Wi2021)");
        var view = (MonitorView) getCurrentView();
        assertThat(view.filter()).isNotNull();
        assertThat(view.filter().group()).isEqualTo(NewcomerGroup.STATUS_HOLDER_WI2021);
        assertThat($(NativeTable.class).id("table-participation")).isNotNull();

        var to = $(DatePicker.class).id("monitor-to");
        test(to).setValue(year.from().minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(view.filter()).isNull();
        test(to).setValue(year.to());
        assertThat(to.isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails("municipality")
    void a_figure_opens_the_breakdown_behind_it() {
        UI.getCurrent().navigate("monitor", QueryParameters.of("lang", "nl"));
        var drills = $(Button.class).withClassName("drill").all();
        assertThat(drills).as("figures with a breakdown").isNotEmpty();
        test(drills.getFirst()).click();
        var dialog = $(Dialog.class).id("monitor-breakdown");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).startsWith("Uitsplitsing");
    }

    @Test
    @WithUserDetails("employer")
    void an_employer_cannot_open_the_monitor() {
        navigate("monitor", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}

package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.monitor.Cell;
import nl.werkbrug.monitor.Indicators;
import nl.werkbrug.monitor.Monitor;
import nl.werkbrug.monitor.MonitorExport;
import nl.werkbrug.monitor.MonitorFilter;
import nl.werkbrug.monitor.MonitorReport;
import nl.werkbrug.monitor.StatTable;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.UiLanguage;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's monitor: filters, headline figures, charts, every table of the report, the
 * breakdown behind a figure, the learning points and the downloads. Anonymous figures only, with
 * the small-numbers rule applied by {@link Monitor} before anything reaches the screen.
 */
@Route("monitor")
@Menu(title = "nav.monitor", order = 25, icon = "vaadin:chart")
@RolesAllowed({AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class MonitorView extends Main implements HasDynamicTitle {

    /** The headline figures: id suffix, table, row, column. */
    private static final List<List<String>> FIGURES = List.of(
            List.of("intakes", Indicators.ROUTE, "intakes"),
            List.of("placedWithin16WeeksShare", Indicators.ROUTE, "placedWithin16WeeksShare"),
            List.of("medianWeeksToPlacement", Indicators.ROUTE, "medianWeeksToPlacement"),
            List.of("atLevelShare", Indicators.AT_LEVEL, "atLevelShare"),
            List.of("waiting", Indicators.PERMITS, "waiting"));

    private final Monitor monitor;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<LocationView> location = new ComboBox<>();
    private final Select<NewcomerGroup> group = new Select<>();
    private final FlexLayout figures = new FlexLayout();
    private final ChartCanvas participationChart;
    private final ChartCanvas funnelChart;
    private final ChartCanvas trendsChart;
    private final Div tables = new Div();
    private final LearningPointList learningPoints = new LearningPointList();
    private final BreakdownDialog breakdown;

    MonitorView(Monitor monitor, MonitorExport export, OrganisationService organisations, Clock clock) {
        this.monitor = monitor;
        this.breakdown = new BreakdownDialog(monitor);
        addClassNames("view", "monitor");
        UI.getCurrent().getPage().addJavaScript(ChartCanvas.SCRIPT);
        MonitorFilter start = MonitorFilter.lastTwelveMonths(clock);
        from.setValue(start.from());
        to.setValue(start.to());
        field(from, "monitor.from", "monitor-from");
        field(to, "monitor.to", "monitor-to");
        location.setLabel(getTranslation("monitor.location"));
        location.setId("monitor-location");
        location.setItems(organisations.locations());
        location.setItemLabelGenerator(LocationView::name);
        location.setPlaceholder(getTranslation("monitor.allLocations"));
        location.setClearButtonVisible(true);
        location.addValueChangeListener(e -> refresh());
        group.setLabel(getTranslation("monitor.group"));
        group.setId("monitor-group");
        group.setItems(NewcomerGroup.values());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("monitor.allGroups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("monitor.allGroups") : getTranslation("group." + g.name()));
        group.addValueChangeListener(e -> refresh());

        var filters = new HorizontalLayout(from, to, location, group);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setId("monitor-filters");
        var rule = new Paragraph(getTranslation("monitor.rule", monitor.smallNumbers().threshold()));
        rule.setId("monitor-rule");
        rule.addClassName("muted");
        var downloads = new HorizontalLayout(download(export, "csv", "monitor-csv", "text/csv"),
                download(export, "xlsx", "monitor-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        downloads.setId("monitor-downloads");

        figures.setId("monitor-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName("figures");
        participationChart = new ChartCanvas("chart-participation", getTranslation("monitor.chart.participation"));
        funnelChart = new ChartCanvas("chart-funnel", getTranslation("monitor.chart.funnel"));
        trendsChart = new ChartCanvas("chart-trends", getTranslation("monitor.chart.trends"));
        var charts = new Div(chart("monitor.chart.participation", participationChart),
                chart("monitor.chart.funnel", funnelChart), chart("monitor.chart.trends", trendsChart));
        charts.addClassName("monitor-charts");
        tables.setId("monitor-tables");
        tables.addClassName("monitor-tables");
        var learning = new Section(new H3(getTranslation("monitor.learningPoints")), learningPoints);
        learning.addClassName("monitor-learning");

        add(new H2(getTranslation("nav.monitor")), filters, rule, downloads, figures, charts, tables, learning);
        refresh();
    }

    /** The latest learning points under the learning table, anew each time the filter changes. */
    void showLearningPoints(List<LearningPointList.Row> points) {
        learningPoints.show(points);
    }

    /** The filter as the fields stand; null when the period ends before it starts. */
    @Nullable MonitorFilter filter() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return null;
        }
        LocationView place = location.getValue();
        return new MonitorFilter(from.getValue(), to.getValue(), place == null ? null : place.id().value(),
                group.getValue());
    }

    private void refresh() {
        MonitorFilter filter = filter();
        to.setInvalid(filter == null);
        if (filter == null) {
            to.setErrorMessage(getTranslation("monitor.periodInvalid"));
            return;
        }
        MonitorReport report = monitor.report(filter);
        figures.removeAll();
        for (List<String> figure : FIGURES) {
            figures.add(figure(figure.getFirst(), cell(report, figure.get(1), figure.get(2))));
        }
        boolean rtl = UiLanguage.of(getLocale()).rightToLeft();
        draw(report, Indicators.PARTICIPATION, participationChart, MonitorCharts::participation, rtl);
        draw(report, Indicators.FUNNEL, funnelChart, MonitorCharts::funnel, rtl);
        draw(report, Indicators.TRENDS, trendsChart, MonitorCharts::trends, rtl);
        tables.removeAll();
        for (StatTable table : report.tables()) {
            var view = new StatTableView(table, "table-", monitor.smallNumbers(), drill -> breakdown.open(filter, drill));
            var wrapper = new Div(view);
            wrapper.addClassName("stat-table-wrapper");
            tables.add(wrapper);
        }
        showLearningPoints(monitor.learningPoints(filter, 20).stream().map(point -> new LearningPointList.Row(
                point.month(), "learning.effect." + point.effect().name(),
                point.tags().stream().sorted().map(tag -> "learning.tag." + tag.name()).toList(), point.text(),
                point.kind() == null ? null : "vacancyType." + point.kind().name(), "stage." + point.outcome().name()))
                .toList());
    }

    private void draw(MonitorReport report, String id, ChartCanvas chart,
                      MonitorCharts.Config config, boolean rtl) {
        report.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(table -> chart.draw(config.of(table, label -> label.shown(this::getTranslation),
                        rtl)));
    }

    private static @Nullable Cell cell(MonitorReport report, String table, String row) {
        try {
            return report.table(table).cell(row, Indicators.VALUE);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Div figure(String code, @Nullable Cell cell) {
        var number = new Span(cell == null ? "–" : monitor.smallNumbers().text(cell, getLocale()));
        number.addClassName("value");
        number.setId("figure-" + code);
        var figure = new Div(number, new Span(getTranslation("monitor.row." + code)));
        figure.addClassName("figure");
        return figure;
    }

    private Section chart(String titleKey, ChartCanvas canvas) {
        var section = new Section(new H3(getTranslation(titleKey)), canvas);
        section.addClassName("monitor-chart-section");
        return section;
    }

    private void field(DatePicker picker, String label, String id) {
        picker.setLabel(getTranslation(label));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.addValueChangeListener(e -> refresh());
    }

    private Anchor download(MonitorExport export, String extension, String id, String type) {
        BiFunction<MonitorReport, java.util.Locale, byte[]> write = extension.equals("csv") ? export::csv : export::xlsx;
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            MonitorFilter filter = filter();
            if (filter == null) {
                return DownloadResponse.error(400);
            }
            byte[] content = write.apply(monitor.report(filter), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(content), MonitorExport.fileName(filter, extension),
                    type, content.length);
        }), getTranslation("monitor." + extension));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monitor");
    }
}

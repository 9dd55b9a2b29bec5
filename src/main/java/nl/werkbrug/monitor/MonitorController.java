package nl.werkbrug.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.placement.LearningEffect;
import nl.werkbrug.placement.LearningTag;
import nl.werkbrug.placement.RouteStage;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitor's figures for BI tools: every table, one table, the anonymous breakdown behind one
 * figure, and the same as CSV or XLSX. Figures resting on fewer people than the threshold carry no
 * value, only {@code "suppressed": true} and what a screen shows ("&lt;5").
 */
@RestController
@Tag(name = "Monitor")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_stats')")
class MonitorController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record Stats(LocalDate from, LocalDate to, @Nullable UUID location, @Nullable NewcomerGroup group, int threshold,
                 Instant madeAt, List<Table> tables) {
    }

    record Table(String id, List<String> columns, List<Row> rows) {
    }

    record Row(String row, List<Figure> cells) {
    }

    /** {@code value} is always there (null when suppressed or without a base); the rest only when suppressed. */
    record Figure(String column, String measure, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Number value,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean suppressed,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String shown) {
    }

    record Breakdown(String table, String row, String column, int threshold, List<Table> tables) {
    }

    /** An anonymous learning point: no person, no track, only the month, location, group and kind of work. */
    record Point(java.time.YearMonth month, LearningEffect effect, List<LearningTag> tags, @Nullable String text,
                 @Nullable VacancyType kind, RouteStage outcome, NewcomerGroup group, UUID location) {
    }

    /** What every stats endpoint is asked for: a period (default the last twelve months), a location, a group. */
    record Scope(@Parameter(description = "first day, ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                 @Parameter(description = "last day, ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                 @Parameter(description = "a location id") @Nullable UUID location,
                 @Parameter(description = "ASYLUM_SEEKER, STATUS_HOLDER_WI2021, STATUS_HOLDER_WI2013, UKRAINIAN or OTHER")
                 @Nullable String group) {
    }

    private final Monitor monitor;
    private final MonitorExport export;
    private final Clock clock;

    MonitorController(Monitor monitor, MonitorExport export, Clock clock) {
        this.monitor = monitor;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/api/v1/stats")
    @Operation(summary = "Every table of the monitor for a period (default: the last twelve months), a location and "
            + "a group; figures resting on fewer people than the threshold are suppressed")
    Stats all(@ParameterObject Scope scope) {
        MonitorReport report = monitor.report(filter(scope));
        return new Stats(report.filter().from(), report.filter().to(), report.filter().locationId(),
                report.filter().group(), report.threshold(), report.madeAt(),
                report.tables().stream().map(t -> table(t, report.threshold())).toList());
    }

    @GetMapping("/api/v1/stats/{table}")
    @Operation(summary = "One table of the monitor: participation, route, funnel, stopReasons, atLevel, permits, "
            + "employers, vacancies, signals, trends or learning")
    Table one(@PathVariable String table, @ParameterObject Scope scope) {
        known(table);
        return table(monitor.table(filter(scope), table), monitor.smallNumbers().threshold());
    }

    @GetMapping("/api/v1/stats/{table}/breakdown")
    @Operation(summary = "The anonymous breakdown behind one figure (row and column codes of the table): "
            + "by group, location, Dutch level, education and quarter of intake, with the same suppression")
    Breakdown breakdown(@PathVariable String table, @RequestParam String row, @RequestParam String column,
                        @ParameterObject Scope scope) {
        known(table);
        MonitorFilter filter = filter(scope);
        Cell cell = monitor.table(filter, table).cell(row, column);
        Drill drill = cell.drill();
        if (drill == null) {
            throw new IllegalArgumentException("There is no breakdown behind " + table + " " + row + " " + column + ".");
        }
        int threshold = monitor.smallNumbers().threshold();
        return new Breakdown(table, row, column, threshold,
                monitor.breakdown(filter, drill).stream().map(t -> table(t, threshold)).toList());
    }

    @GetMapping("/api/v1/stats/learning-points")
    @Operation(summary = "The jobhunters' anonymous learning points of the period, newest first (at most 500)")
    List<Point> learningPoints(@ParameterObject Scope scope, @RequestParam(defaultValue = "50") int limit) {
        return monitor.learningPoints(filter(scope), Math.clamp(limit, 1, 500)).stream()
                .map(p -> new Point(p.month(), p.effect(), p.tags().stream().sorted().toList(), p.text(), p.kind(),
                        p.outcome(), p.group(), p.locationId()))
                .toList();
    }

    @GetMapping("/api/v1/stats.csv")
    @Operation(summary = "Every table as CSV (UTF-8, RFC 4180), labels in the Accept-Language; shares as fractions")
    ResponseEntity<byte[]> csv(@ParameterObject Scope scope, Locale locale) {
        MonitorReport report = monitor.report(filter(scope));
        return file(export.csv(report, locale), MonitorExport.fileName(report.filter(), "csv"),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/stats.xlsx")
    @Operation(summary = "Every table as an XLSX workbook, one sheet per table, labels in the Accept-Language")
    ResponseEntity<byte[]> xlsx(@ParameterObject Scope scope, Locale locale) {
        MonitorReport report = monitor.report(filter(scope));
        return file(export.xlsx(report, locale), MonitorExport.fileName(report.filter(), "xlsx"), XLSX);
    }

    private MonitorFilter filter(Scope scope) {
        MonitorFilter filter = MonitorFilter.lastTwelveMonths(clock);
        LocalDate start = scope.from() != null ? scope.from() : filter.from();
        LocalDate end = scope.to() != null ? scope.to() : filter.to();
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("'to' (" + end + ") lies before 'from' (" + start + ").");
        }
        return new MonitorFilter(start, end, scope.location(), group(scope.group()));
    }

    static @Nullable NewcomerGroup group(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(NewcomerGroup.values()).filter(g -> g.name().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown group '" + code + "'; use one of "
                        + Arrays.stream(NewcomerGroup.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", or leave it out for all groups."));
    }

    private static void known(String table) {
        if (!Indicators.TABLES.contains(table)) {
            throw new IllegalArgumentException("Unknown table '" + table + "'; use one of "
                    + String.join(", ", Indicators.TABLES) + ".");
        }
    }

    private static Table table(StatTable table, int threshold) {
        return new Table(table.id(), table.columns().stream().map(Label::code).toList(),
                table.rows().stream().map(row -> new Row(row.label().code(),
                        IntStream.range(0, row.cells().size())
                                .mapToObj(i -> figure(table.columns().get(i).code(), row.cells().get(i), threshold))
                                .toList())).toList());
    }

    private static Figure figure(String column, Cell cell, int threshold) {
        String measure = cell.measure().name().toLowerCase(Locale.ROOT);
        if (cell.suppressed()) {
            return new Figure(column, measure, null, true,
                    cell.complementary() ? SmallNumbers.COMPLEMENT : "<" + threshold);
        }
        Double value = cell.value();
        Number number = value == null ? null : cell.measure() == Measure.COUNT ? (Number) Math.round(value) : value;
        return new Figure(column, measure, number, null, null);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(content);
    }
}

package nl.werkbrug.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.werkbrug.security.ApiScope;
import nl.werkbrug.security.ApiTokenService;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The stats API for BI tools: only with the stats scope, every table, suppressed figures without a value. */
@IntegrationTest
@WithUserDetails("admin")
class MonitorApiTest {

    static final String PERIOD = "from=2026-01-01&to=2026-06-30";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    Monitor monitor;
    @Autowired
    ObjectMapper json;

    Http http;
    String stats;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        stats = tokens.create(users.findId("municipality").orElseThrow(), "bi tool", EnumSet.of(ApiScope.STATS), null);
    }

    @Test
    void a_token_with_the_stats_scope_gets_every_table_and_suppressed_figures_carry_no_value() {
        var answer = http.get("/api/v1/stats?" + PERIOD + "&group=status_holder_wi2021", stats);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(body.get("to").asString()).isEqualTo("2026-06-30");
        assertThat(body.get("group").asString()).isEqualTo("STATUS_HOLDER_WI2021");
        assertThat(body.get("location").isNull()).isTrue();
        int threshold = body.get("threshold").asInt();
        assertThat(threshold).isEqualTo(monitor.smallNumbers().threshold());
        assertThat(body.get("madeAt").asString()).isNotBlank();
        var ids = new ArrayList<String>();
        body.get("tables").forEach(table -> ids.add(table.get("id").asString()));
        assertThat(ids).containsExactlyElementsOf(Indicators.TABLES);
        int cells = 0;
        for (JsonNode table : body.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                assertThat(row.get("cells")).hasSize(table.get("columns").size());
                for (JsonNode cell : row.get("cells")) {
                    cells++;
                    assertThat(cell.has("value")).as("value is always there").isTrue();
                    if (cell.path("suppressed").asBoolean(false)) {
                        assertThat(cell.get("value").isNull()).isTrue();
                        assertThat(cell.get("shown").asString()).isIn("<" + threshold, SmallNumbers.COMPLEMENT);
                    } else if (cell.get("measure").asString().equals("count") && !cell.get("value").isNull()) {
                        assertThat(cell.get("value").asLong()).isGreaterThanOrEqualTo(threshold);
                    }
                }
            }
        }
        assertThat(cells).isPositive();
    }

    @Test
    void one_table_and_the_breakdown_behind_a_figure() {
        var answer = http.get("/api/v1/stats/participation?" + PERIOD, stats);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode table = json.readTree(answer.body());
        assertThat(table.get("id").asString()).isEqualTo("participation");
        var columns = new ArrayList<String>();
        table.get("columns").forEach(c -> columns.add(c.asString()));
        assertThat(columns).containsExactlyElementsOf(Indicators.PARTICIPATION_COLUMNS);

        Drill drill = drillable(new MonitorFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null));
        var breakdown = http.get("/api/v1/stats/" + drill.table() + "/breakdown?" + PERIOD + "&row=" + drill.row()
                + "&column=" + drill.column(), stats);
        assertThat(breakdown.statusCode()).as(breakdown.body()).isEqualTo(200);
        assertThat(json.readTree(breakdown.body()).get("tables").isArray()).isTrue();
    }

    @Test
    void the_files_download_with_the_period_in_their_name() throws Exception {
        var xlsx = http.bytes("/api/v1/stats.xlsx?" + PERIOD, stats);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("werkbrug-monitor-2026-01-01-2026-06-30.xlsx"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("about");
            assertThat(book.getSheet("participation")).isNotNull();
            MonitorExportTest.assertNoCountBelow(book, monitor.smallNumbers().threshold());
        }
        var csv = http.get("/api/v1/stats.csv?" + PERIOD, stats, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).contains("participation,Participation by kind and group");
    }

    @Test
    void the_learning_points_of_the_demo_come_without_any_person() {
        var answer = http.get("/api/v1/stats/learning-points?limit=5", stats);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode points = json.readTree(answer.body());
        assertThat(points.size()).isEqualTo(5);
        var fields = new java.util.TreeSet<String>();
        points.get(0).propertyNames().forEach(fields::add);
        assertThat(fields).contains("effect", "group", "location", "month", "outcome", "tags")
                .isSubsetOf("effect", "group", "kind", "location", "month", "outcome", "tags", "text");
    }

    @Test
    void a_token_without_the_stats_scope_is_refused() {
        String vacancies = tokens.create(users.findId("municipality").orElseThrow(), "vacancies only",
                EnumSet.of(ApiScope.VACANCIES), null);
        assertThat(http.get("/api/v1/stats", vacancies).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/stats.csv", vacancies).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/stats", null).statusCode()).isEqualTo(401);
    }

    @Test
    void bad_parameters_are_answered_with_400_and_what_was_wrong() {
        var unknown = http.get("/api/v1/stats/salaries", stats);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown table 'salaries'", "participation");
        var backwards = http.get("/api/v1/stats?from=2026-06-30&to=2026-01-01", stats);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("before");
        var group = http.get("/api/v1/stats?group=MARTIAN", stats);
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("Unknown group", "STATUS_HOLDER_WI2021");
        assertThat(http.get("/api/v1/stats/participation/breakdown?row=nobody&column=total", stats).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/stats?from=yesterday", stats).statusCode()).isEqualTo(400);
    }

    /** A figure of the report with a breakdown behind it. */
    private Drill drillable(MonitorFilter filter) {
        List<Drill> drills = new ArrayList<>();
        for (StatTable table : monitor.report(filter).tables()) {
            table.rows().forEach(row -> row.cells().forEach(cell -> {
                if (cell.drill() != null) {
                    drills.add(cell.drill());
                }
            }));
        }
        assertThat(drills).as("figures with a breakdown").isNotEmpty();
        return drills.getFirst();
    }
}

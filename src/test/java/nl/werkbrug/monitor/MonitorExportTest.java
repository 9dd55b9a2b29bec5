package nl.werkbrug.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.shared.Translations;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The CSV and XLSX of a report made here: counts and shares as numbers, suppressed figures only as "<5". */
class MonitorExportTest {

    static final Locale NL = Locale.forLanguageTag("nl");
    static final Locale AR = Locale.forLanguageTag("ar");
    static final SmallNumbers SMALL = SmallNumbers.DEFAULT;

    /** The filter has no location, so the organisation service is never asked. */
    final MonitorExport export = new MonitorExport(new Translations(), null);

    static MonitorReport report() {
        var drill = new Drill(Indicators.PARTICIPATION, "STATUS_HOLDER_WI2021", "volunteer");
        var participation = new StatTable(Indicators.PARTICIPATION,
                List.of(Label.of("volunteer", "monitor.col.volunteer"), Label.of("groupSize", "monitor.col.groupSize"),
                        Label.of("share", "monitor.col.share")),
                List.of(new StatRow(Label.of("STATUS_HOLDER_WI2021", "group.STATUS_HOLDER_WI2021"),
                                List.of(SMALL.count(3, drill), SMALL.count(40, null), SMALL.share(3, 40, null))),
                        new StatRow(Label.of("total", "monitor.row.total"),
                                List.of(SMALL.count(12, null), SMALL.count(80, null), SMALL.share(12, 80, null)))));
        var route = new StatTable(Indicators.ROUTE, List.of(Label.of("value", "monitor.col.value")),
                List.of(new StatRow(Label.of("medianWeeksToPlacement", "monitor.row.medianWeeksToPlacement"),
                                List.of(SMALL.weeks(3.5, 9, null))),
                        new StatRow(Label.of("notYet16Weeks", "monitor.row.notYet16Weeks"),
                                List.of(Cell.empty(Measure.COUNT)))));
        var trends = new StatTable(Indicators.TRENDS, List.of(Label.of("intakes", "monitor.col.intakes")),
                List.of(new StatRow(Label.literal("2026-03", "2026-03"), List.of(SMALL.count(7, null)))));
        return new MonitorReport(new MonitorFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null,
                NewcomerGroup.STATUS_HOLDER_WI2021), 5, Instant.parse("2026-07-01T08:00:00Z"),
                List.of(participation, route, trends));
    }

    @Test
    void the_csv_has_a_bom_a_section_per_table_plain_numbers_and_the_suppressed_figure_as_less_than_five()
            throws IOException {
        byte[] bytes = export.csv(report(), NL);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        List<List<String>> lines = Csv.read(new StringReader(text));

        int title = lines.indexOf(List.of("participation", "Deelname naar soort en groep"));
        assertThat(title).as("title line of the section").isPositive();
        assertThat(lines.get(title + 1)).containsExactly("Code", "Omschrijving", "Vrijwilligerswerk", "Omvang groep",
                "Aandeel");
        assertThat(lines.get(title + 2)).containsExactly("STATUS_HOLDER_WI2021", "Statushouder (Wi2021)", "<5", "40",
                "<5");
        assertThat(lines.get(title + 3)).containsExactly("total", "Totaal", "12", "80", "0.15");
        assertThat(lines).contains(List.of("medianWeeksToPlacement", "Mediaan weken tot eerste plaatsing", "3.5"),
                List.of("notYet16Weeks", "Nog binnen de 16 weken", ""), List.of("2026-03", "2026-03", "7"));
        assertThat(text).as("the header says how shares are written").contains("0.37 is 37 %")
                .contains("Statushouder (Wi2021)").contains("2026-01-01").contains("2026-06-30");
        assertThat(lines.stream().filter(l -> l.equals(List.of("trends", "Per maand")))).hasSize(1);
    }

    @Test
    void the_workbook_has_an_about_sheet_and_a_sheet_per_table_with_numbers_and_only_text_for_small_figures()
            throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(report(), NL)))) {
            assertThat(sheetNames(book)).containsExactly("about", "participation", "route", "trends");
            assertThat(book.getSheet("about").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Werkbrug monitor");
            assertThat(text(book.getSheet("about"))).contains("2026-01-01", "2026-06-30", "Statushouder (Wi2021)",
                    "<5", "5");

            Sheet participation = book.getSheet("participation");
            var header = participation.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Vrijwilligerswerk");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(participation.getColumnWidth(0)).isGreaterThan(10 * 256);
            var wi2021 = participation.getRow(1);
            assertThat(wi2021.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(wi2021.getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(wi2021.getCell(2).getNumericCellValue()).isEqualTo(40);
            assertThat(wi2021.getCell(3).getStringCellValue()).isEqualTo("<5");
            var total = participation.getRow(2);
            assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(0.15);
            assertThat(new DataFormatter(Locale.ROOT).formatCellValue(total.getCell(3))).isEqualTo("15%");

            assertThat(book.getSheet("route").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.5);
            assertThat(book.getSheet("route").getRow(2).getCell(1)).as("no figure, no cell")
                    .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(book.getSheet("trends").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7);

            assertNoCountBelow(book, 5);
        }
    }

    @Test
    void arabic_labels_survive_in_both_files() throws IOException {
        String csv = new String(export.csv(report(), AR), StandardCharsets.UTF_8);
        Translations translations = new Translations();
        String volunteer = translations.getTranslation("monitor.col.volunteer", AR);
        assertThat(volunteer).isEqualTo("عمل تطوعي");
        assertThat(csv).contains(volunteer, translations.getTranslation("group.STATUS_HOLDER_WI2021", AR));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(report(), AR)))) {
            assertThat(book.getSheet("participation").getRow(0).getCell(1).getStringCellValue()).isEqualTo(volunteer);
            assertThat(book.getSheet("participation").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(translations.getTranslation("monitor.table.participation", AR));
        }
    }

    @Test
    void the_file_name_holds_the_period() {
        assertThat(MonitorExport.fileName(report().filter(), "xlsx")).isEqualTo("werkbrug-monitor-2026-01-01-2026-06-30.xlsx");
    }

    /** Every numeric cell with the count format holds at least {@code threshold}; shares and weeks have their own formats. */
    static void assertNoCountBelow(Workbook book, int threshold) {
        for (Sheet sheet : book) {
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && "0".equals(cell.getCellStyle().getDataFormatString())) {
                        assertThat(cell.getNumericCellValue()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isGreaterThanOrEqualTo(threshold);
                    }
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("<")) {
                        assertThat(cell.getStringCellValue()).isEqualTo("<" + threshold);
                    }
                }
            }
        }
    }

    private static List<String> sheetNames(Workbook book) {
        var names = new ArrayList<String>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Sheet sheet) {
        var text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
        return text.toString();
    }
}

package nl.werkbrug.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.shared.Translations;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The monitor's figures as files: CSV (UTF-8 with a byte order mark, RFC 4180) and XLSX. Both carry
 * only what the report carries: a suppressed figure is the text "&lt;5", never a number. In the CSV
 * a share is a decimal fraction (0.37 for 37 %), as its second line says; in the XLSX it is a number
 * with a percent format.
 */
@Component
public class MonitorExport {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Translations translations;
    private final OrganisationService organisations;

    MonitorExport(Translations translations, OrganisationService organisations) {
        this.translations = translations;
        this.organisations = organisations;
    }

    /** {@code werkbrug-monitor-2026-01-01-2026-12-31.csv} and the like. */
    public static String fileName(MonitorFilter filter, String extension) {
        return "werkbrug-monitor-" + filter.from() + "-" + filter.to() + "." + extension;
    }

    public byte[] csv(MonitorReport report, Locale locale) {
        var text = new StringBuilder();
        for (List<String> line : about(report, locale)) {
            text.append(Csv.line(line));
        }
        for (StatTable table : report.tables()) {
            text.append("\r\n");
            text.append(Csv.line(List.of(table.id(), t(table.titleKey(), locale))));
            var header = new ArrayList<String>(List.of(t("monitor.export.code", locale), t("monitor.export.label", locale)));
            table.columns().forEach(column -> header.add(label(column, locale)));
            text.append(Csv.line(header));
            for (StatRow row : table.rows()) {
                var line = new ArrayList<String>(List.of(row.label().code(), label(row.label(), locale)));
                row.cells().forEach(cell -> line.add(plain(cell, report.threshold())));
                text.append(Csv.line(line));
            }
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public byte[] xlsx(MonitorReport report, Locale locale) {
        try (Workbook book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(book);
            Sheet about = book.createSheet("about");
            int r = 0;
            for (List<String> line : about(report, locale)) {
                Row row = about.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    row.createCell(c).setCellValue(line.get(c));
                }
            }
            about.getRow(0).getCell(0).setCellStyle(styles.bold);
            size(about, 2);
            for (StatTable table : report.tables()) {
                sheet(book, styles, table, report.threshold(), locale);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row or column label as people read it: the literal text, or the translation of its key. */
    public String label(Label label, Locale locale) {
        return label.shown(key -> t(key, locale));
    }

    public String title(StatTable table, Locale locale) {
        return t(table.titleKey(), locale);
    }

    /** The name of the filter's location, or "all locations". */
    public String locationName(@Nullable UUID location, Locale locale) {
        return location == null ? t("monitor.allLocations", locale)
                : organisations.location(new LocationId(location)).map(LocationView::name).orElse(location.toString());
    }

    private void sheet(Workbook book, Styles styles, StatTable table, int threshold, Locale locale) {
        Sheet sheet = book.createSheet(table.id());
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(t(table.titleKey(), locale));
        header.getCell(0).setCellStyle(styles.bold);
        for (int c = 0; c < table.columns().size(); c++) {
            var cell = header.createCell(c + 1);
            cell.setCellValue(label(table.columns().get(c), locale));
            cell.setCellStyle(styles.bold);
        }
        int r = 1;
        for (StatRow statRow : table.rows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(label(statRow.label(), locale));
            for (int c = 0; c < statRow.cells().size(); c++) {
                Cell figure = statRow.cells().get(c);
                var cell = row.createCell(c + 1);
                Double value = figure.value();
                if (figure.suppressed()) {
                    cell.setCellValue(figure.complementary() ? SmallNumbers.COMPLEMENT : "<" + threshold);
                    cell.setCellStyle(styles.right);
                } else if (value != null) {
                    cell.setCellValue(value);
                    cell.setCellStyle(switch (figure.measure()) {
                        case COUNT -> styles.count;
                        case SHARE -> styles.share;
                        case WEEKS -> styles.weeks;
                    });
                }
            }
        }
        sheet.createFreezePane(1, 1);
        size(sheet, table.columns().size() + 1);
    }

    /** Widths from the longest text of each column; autoSizeColumn needs fonts a server may lack. */
    private static void size(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            int longest = 6;
            for (Row row : sheet) {
                var cell = row.getCell(c);
                if (cell != null) {
                    longest = Math.max(longest, cell.toString().length());
                }
            }
            sheet.setColumnWidth(c, Math.min(60, longest + 2) * 256);
        }
    }

    /** The lines that say what the figures are: title, period, location, group, threshold, time and rule. */
    private List<List<String>> about(MonitorReport report, Locale locale) {
        MonitorFilter filter = report.filter();
        String made = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(report.madeAt().atZone(ZONE));
        return List.of(
                List.of(t("monitor.export.title", locale)),
                List.of(t("monitor.from", locale), filter.from().toString()),
                List.of(t("monitor.to", locale), filter.to().toString()),
                List.of(t("monitor.location", locale), locationName(filter.locationId(), locale)),
                List.of(t("monitor.group", locale), filter.group() == null ? t("monitor.allGroups", locale)
                        : t("group." + filter.group().name(), locale)),
                List.of(t("monitor.export.threshold", locale), Integer.toString(report.threshold())),
                List.of(t("monitor.export.madeAt", locale), made),
                List.of(t("monitor.export.rule", locale, report.threshold())),
                List.of(t("monitor.export.shares", locale)));
    }

    /**
     * A figure for the CSV: a plain number with a decimal point, "&lt;5" when suppressed, "×" when it
     * protects a suppressed figure, empty when there is none.
     */
    static String plain(Cell cell, int threshold) {
        if (cell.suppressed()) {
            return cell.complementary() ? SmallNumbers.COMPLEMENT : "<" + threshold;
        }
        Double value = cell.value();
        if (value == null) {
            return "";
        }
        return switch (cell.measure()) {
            case COUNT -> Long.toString(Math.round(value));
            case SHARE -> BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            case WEEKS -> BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        };
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle count;
        final CellStyle share;
        final CellStyle weeks;
        final CellStyle right;

        Styles(Workbook book) {
            var font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            var format = book.createDataFormat();
            count = book.createCellStyle();
            count.setDataFormat(format.getFormat("0"));
            share = book.createCellStyle();
            share.setDataFormat(format.getFormat("0%"));
            weeks = book.createCellStyle();
            weeks.setDataFormat(format.getFormat("0.0"));
            right = book.createCellStyle();
            right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
    }
}

package nl.werkbrug.candidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the download of a person's data as a plain, readable PDF: a title, then per section a heading
 * in the person's language and the values as indented lines. Each character is set in the first font
 * that has it: {@code werkbrug.export.font} if given, then common system fonts for Latin, Cyrillic and
 * Arabic script and for Ethiopic (Tigrinya); without any it falls back to Helvetica and shows what it
 * cannot set as '?'. PDFBox draws glyphs as they come, so Arabic and Farsi are shaped first (the joined
 * forms of the letters, with ICU) and each line is put in visual order and set from the right margin.
 */
@Component
class PersonalDataPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    /** Fonts tried in this order; DejaVu Sans has the joined (presentation) forms of Arabic letters. */
    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    private final Translations translations;
    private final List<Path> fonts;

    PersonalDataPdf(Translations translations, @Value("${werkbrug.export.font:}") String font) {
        this.translations = translations;
        this.fonts = findFonts(font);
    }

    byte[] render(Map<String, Object> data, UiLanguage language) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new Writer(document, loadFonts(document));
            writer.heading(translations.text(language, "data.title"), 16);
            writer.line(translations.text(language, "data.exportedAt", String.valueOf(data.get("exportedAt"))), 0);
            if (data.get("sections") instanceof Map<?, ?> sections) {
                for (var section : sections.entrySet()) {
                    writer.heading(translations.text(language, "data.section." + section.getKey()), 13);
                    if (isEmpty(section.getValue())) {
                        writer.line(translations.text(language, "data.nothing"), 0);
                    }
                    writer.value(section.getValue(), 0);
                }
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<PDFont> loadFonts(PDDocument document) {
        List<PDFont> loaded = new ArrayList<>();
        for (Path path : fonts) {
            try {
                loaded.add(PDType0Font.load(document, path.toFile()));
            } catch (IOException e) {
                // an unreadable font file: the next one, or Helvetica at the end
            }
        }
        loaded.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return loaded;
    }

    private static List<Path> findFonts(String configured) {
        List<String> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(SYSTEM_FONTS);
        return candidates.stream().map(Path::of).filter(Files::isReadable).toList();
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value instanceof Map<?, ?> map && map.isEmpty() || value instanceof List<?> list && list.isEmpty();
    }

    /** A piece of text in one font. */
    private record Run(PDFont font, String text) {
    }

    /**
     * One line as it is drawn: Arabic letters in their joined forms, everything in visual order (left to
     * right as drawn), and whether the line reads from the right.
     */
    private record Line(String visual, boolean rightToLeft) {

        Line(String logical) {
            this(visualOf(logical), com.ibm.icu.text.Bidi.getBaseDirection(logical) == com.ibm.icu.text.Bidi.RTL);
        }

        private static String visualOf(String logical) {
            if (!com.ibm.icu.text.Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
                return logical;
            }
            String shaped;
            try {
                shaped = new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE
                        | com.ibm.icu.text.ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            } catch (com.ibm.icu.text.ArabicShapingException e) {
                shaped = logical;
            }
            var bidi = new com.ibm.icu.text.Bidi(shaped, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
            return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
        }
    }

    /** Lines on pages, a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final List<PDFont> fonts;
        private @Nullable PDPageContentStream content;
        private float y;

        Writer(PDDocument document, List<PDFont> fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void heading(String text, float size) throws IOException {
            y -= LEADING / 2;
            write(text, 0, size);
        }

        void value(@Nullable Object value, int depth) throws IOException {
            if (value instanceof Map<?, ?> map) {
                for (var entry : map.entrySet()) {
                    if (entry.getValue() instanceof Map<?, ?> || entry.getValue() instanceof List<?> list
                            && !list.isEmpty() && !(list.getFirst() instanceof String)) {
                        line(entry.getKey() + ":", depth);
                        value(entry.getValue(), depth + 1);
                    } else {
                        line(entry.getKey() + ": " + scalar(entry.getValue()), depth);
                    }
                }
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?>) {
                        line("—", depth);
                        value(item, depth + 1);
                    } else {
                        line("• " + scalar(item), depth);
                    }
                }
            } else if (value != null) {
                line(scalar(value), depth);
            }
        }

        private static String scalar(@Nullable Object value) {
            if (value instanceof List<?> list) {
                return String.join(", ", list.stream().map(String::valueOf).toList());
            }
            return value == null ? "" : String.valueOf(value);
        }

        void line(String text, int depth) throws IOException {
            for (String part : text.split("\\R", -1)) {
                write(part, depth * 14f, SIZE);
            }
        }

        private void write(String text, float indent, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String piece : wrap(text.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
                    width, size)) {
                if (content == null || y < MARGIN + LEADING) {
                    newPage();
                }
                var line = new Line(piece);
                List<Run> runs = runs(line.visual());
                float x = MARGIN + indent;
                if (line.rightToLeft()) {
                    x = PDRectangle.A4.getWidth() - MARGIN - width(runs, size);
                }
                content.beginText();
                content.newLineAtOffset(x, y);
                for (Run run : runs) {
                    content.setFont(run.font(), size);
                    content.showText(run.text());
                }
                content.endText();
                y -= size > SIZE ? size + 6 : LEADING;
            }
        }

        /** Words on lines that fit the width, in reading order (shaping and visual order come per line). */
        private List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            var line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(runs(candidate), size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
                while (width(runs(line.toString()), size) > width && line.length() > 1) {
                    int cut = Math.max(1, (int) (line.length() * width / width(runs(line.toString()), size)));
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text cut into pieces that one font sets; a character no font has becomes '?'. */
        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            var piece = new StringBuilder();
            PDFont current = null;
            for (int cp : text.codePoints().toArray()) {
                String character = Character.toString(cp);
                PDFont font = fontFor(character);
                if (font == null) {
                    character = "?";
                    font = fonts.getLast();
                }
                if (current != null && font != current) {
                    runs.add(new Run(current, piece.toString()));
                    piece.setLength(0);
                }
                current = font;
                piece.append(character);
            }
            if (current != null && !piece.isEmpty()) {
                runs.add(new Run(current, piece.toString()));
            }
            return runs;
        }

        private @Nullable PDFont fontFor(String character) {
            for (PDFont font : fonts) {
                try {
                    font.encode(character);
                    return font;
                } catch (IOException | IllegalArgumentException e) {
                    // not in this font: try the next
                }
            }
            return null;
        }

        private static float width(List<Run> runs, float size) throws IOException {
            float width = 0;
            for (Run run : runs) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        }

        private void newPage() throws IOException {
            close();
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}

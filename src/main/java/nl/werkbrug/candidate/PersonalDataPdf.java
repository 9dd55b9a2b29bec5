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
 * in the person's language and the values as indented lines. Text is set in a Unicode font that covers
 * Latin, Cyrillic and Arabic when one is found ({@code werkbrug.export.font}, else common system fonts);
 * without one it falls back to Helvetica and shows characters it cannot set as '?'. Arabic is set letter
 * by letter, left to right (PDFBox does not shape it): readable, not typeset.
 */
@Component
class PersonalDataPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf");

    private final Translations translations;
    private final @Nullable Path font;

    PersonalDataPdf(Translations translations, @Value("${werkbrug.export.font:}") String font) {
        this.translations = translations;
        this.font = findFont(font);
    }

    byte[] render(Map<String, Object> data, UiLanguage language) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new Writer(document, loadFont(document));
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

    private PDFont loadFont(PDDocument document) throws IOException {
        if (font != null) {
            try {
                return PDType0Font.load(document, font.toFile());
            } catch (IOException e) {
                // an unreadable font file: fall back to Helvetica below
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static @Nullable Path findFont(String configured) {
        List<String> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(SYSTEM_FONTS);
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value instanceof Map<?, ?> map && map.isEmpty() || value instanceof List<?> list && list.isEmpty();
    }

    /** Lines on pages, a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont font;
        private @Nullable PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
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
            String printable = printable(text);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String piece : wrap(printable, width, size)) {
                if (content == null || y < MARGIN + LEADING) {
                    newPage();
                }
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + indent, y);
                content.showText(piece);
                content.endText();
                y -= size > SIZE ? size + 6 : LEADING;
            }
        }

        private List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            var line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
                while (font.getStringWidth(line.toString()) / 1000 * size > width && line.length() > 1) {
                    int cut = Math.max(1, (int) (line.length() * width / (font.getStringWidth(line.toString()) / 1000 * size)));
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with each character the font cannot set replaced by '?', and no control characters. */
        private String printable(String text) {
            var result = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String character = Character.isISOControl(cp) ? " " : Character.toString(cp);
                try {
                    font.encode(character);
                    result.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    result.append('?');
                }
            });
            return result.toString();
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

package nl.werkbrug.cv.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.werkbrug.cv.internal.CvSections.Layout;
import nl.werkbrug.cv.internal.CvStructure.ScriptStats;
import nl.werkbrug.cv.internal.CvText.Line;

/**
 * Turns the plain text of a CV into {@link CvStructure}: sections, dates, work experience, languages, education,
 * certificates, contact details, Latin terms in non-Latin text, and a redacted copy of the text.
 *
 * <p>Contact values and personal details are found first and masked out of the text every other step reads, so they
 * never end up in another list. Stateless and thread-safe; all patterns are compiled once.
 */
public final class CvStructureExtractor {

    private static final String PERSIAN_LETTERS = "پچژگکی";
    private static final int MIN_PERSIAN_LETTERS = 5;

    /**
     * Extracts the structure of a CV, counting ongoing jobs up to the current month.
     *
     * @param text     the plain text of the CV
     * @param language the ISO 639-1 code of its language, or "und"
     */
    public CvStructure extract(String text, String language) {
        return extract(text, language, YearMonth.now());
    }

    /**
     * Extracts the structure of a CV.
     *
     * @param text     the plain text of the CV
     * @param language the ISO 639-1 code of its language, or "und"; "fa" (or Persian letters in a text that is not
     *                 Arabic) makes years from 1300 to 1420 Solar Hijri
     * @param now      the month ongoing ranges run to, and the latest year accepted is the year after it
     */
    public CvStructure extract(String text, String language, YearMonth now) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
        List<Line> lines = CvText.lines(text);
        List<CvContacts.Found> personal = CvContacts.find(lines);
        List<Line> masked = mask(lines, personal);
        Layout layout = CvSections.detect(masked);
        boolean persian = isPersian(language, text);
        List<List<CvDates.Found>> dates = masked.stream().map(line -> CvDates.find(line, persian, now)).toList();
        ScriptStats script = CvScripts.count(masked);
        return new CvStructure(
                script,
                layout.sections(),
                dates.stream().flatMap(List::stream).map(CvDates.Found::range).toList(),
                CvExperience.find(masked, layout, dates, persian, now),
                CvLanguages.find(masked, layout),
                CvEducation.find(masked, layout, dates, persian),
                CvCertificates.find(masked, layout),
                personal.stream().map(CvContacts.Found::contact).distinct().toList(),
                CvScripts.latinTerms(masked, script),
                redact(lines, personal));
    }

    private static boolean isPersian(String language, String text) {
        if (language.equals("fa") || language.equals("ps")) {
            return true;
        }
        if (language.equals("ar")) {
            return false;
        }
        long persianLetters = text.chars().filter(c -> PERSIAN_LETTERS.indexOf(c) >= 0).count();
        return persianLetters >= MIN_PERSIAN_LETTERS;
    }

    private static List<Line> mask(List<Line> lines, List<CvContacts.Found> found) {
        List<Line> masked = new ArrayList<>(lines.size());
        for (Line line : lines) {
            masked.add(line.masked(spans(found, line.index)));
        }
        return masked;
    }

    private static List<int[]> spans(List<CvContacts.Found> found, int line) {
        return found.stream().filter(f -> f.line() == line).map(f -> new int[] {f.start(), f.end()}).toList();
    }

    /**
     * The original text with contact values replaced by {@link CvStructure#REDACTION} and personal details removed;
     * overlapping spans are merged (a merge with a personal detail is removed).
     */
    private static String redact(List<Line> lines, List<CvContacts.Found> found) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (line.index > 0) {
                out.append('\n');
            }
            List<CvContacts.Found> onLine = found.stream().filter(f -> f.line() == line.index)
                    .sorted(Comparator.comparingInt(CvContacts.Found::start)).toList();
            int position = 0;
            int k = 0;
            while (k < onLine.size()) {
                int start = onLine.get(k).start();
                int end = onLine.get(k).end();
                boolean personal = onLine.get(k).personal();
                k++;
                while (k < onLine.size() && onLine.get(k).start() < end) {
                    end = Math.max(end, onLine.get(k).end());
                    personal |= onLine.get(k).personal();
                    k++;
                }
                int originalStart = line.originalOffset(start);
                if (originalStart >= position) {
                    out.append(line.original, position, originalStart);
                    out.append(personal ? "" : CvStructure.REDACTION);
                    position = Math.max(position, line.originalOffset(end));
                }
            }
            out.append(line.original, position, line.original.length());
        }
        return out.toString();
    }
}

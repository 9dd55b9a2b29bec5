package nl.werkbrug.cv.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkbrug.cv.internal.CvDates.Found;
import nl.werkbrug.cv.internal.CvSections.Layout;
import nl.werkbrug.cv.internal.CvStructure.Experience;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvText.Line;
import org.jspecify.annotations.Nullable;

/**
 * Reads work experience: a date range with the job title near it.
 *
 * <p>Date ranges in experience sections count (single dates there too); without an experience section, ranges on lines
 * outside other known sections count unless the line names a degree. The title is the rest of the date's line without
 * the dates (at most seven words, so a sentence with a year is no job); when nothing is left it is the line before (or,
 * when that line belongs to an earlier entry, the line after); when the two lines before are both free, the first is
 * the title and the second the employer. A title "Magazijnmedewerker bij Bol.com" is split at
 * "bij"/"at"/"у"/"в"/"في"/"لدى"/"در"; otherwise the first part before "|", ",", " - " is the title and the second the
 * employer. Months count both ends ("Jan 2019 - Dec 2019" is 12), up to the reference month for ongoing jobs.
 */
final class CvExperience {

    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_TITLE_WORDS = 7;
    private static final int MAX_TITLE_LINE_LENGTH = 120;
    private static final Pattern EMPLOYER_WORD = Pattern.compile("\\s+(?:" + CvText.alternation(
            "bij", "at", "@", "у", "в", "في", "لدى", "عند", "در", "bei", "chez") + ")\\s+");
    private static final Pattern PARTS = Pattern.compile("\\s*[|,;()]\\s*|\\s+-+\\s+|\\s+[·•]\\s+|\\s{3,}|\\t");
    private static final Pattern TITLE_LABEL = Pattern.compile("^\\s*(?:" + CvText.alternation("functie",
            "function", "position", "job title", "role", "посада", "должность", "الوظيفة", "المسمى الوظيفي", "سمت",
            "عنوان شغلی") + ")\\s*:\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*·▪●◦>o]\\s");
    private static final Pattern EDGE = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”„]");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private CvExperience() {
    }

    private record Title(String title, @Nullable String employer) {
    }

    static List<Experience> find(List<Line> lines, Layout layout, List<List<Found>> dates, boolean persian,
                                 YearMonth now) {
        boolean hasSection = layout.has(Kind.EXPERIENCE);
        List<Experience> found = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Line line : lines) {
            if (dates.get(line.index).isEmpty() || !inScope(layout, line, hasSection, persian)) {
                continue;
            }
            List<Found> onLine = dates.get(line.index);
            for (int k = 0; k < onLine.size(); k++) {
                Found date = onLine.get(k);
                if (date.single() && !hasSection) {
                    continue;
                }
                int segmentStart = k > 0 ? onLine.get(k - 1).end() : 0;
                int segmentEnd = k + 1 < onLine.size() ? onLine.get(k + 1).start() : line.norm.length();
                String before = clean(line.norm.substring(segmentStart, date.start()));
                String after = clean(line.norm.substring(date.end(), segmentEnd));
                String rest = before.isEmpty() || after.isEmpty() ? before + after : before + " | " + after;
                String evidence = line.norm.strip();
                Title title = split(rest);
                if (!LETTERS.matcher(rest).find()) {
                    int[] source = titleLines(lines, layout, dates, line.index, hasSection, persian, used);
                    if (source.length > 0) {
                        title = fromLines(lines, source);
                        List<String> parts = new ArrayList<>();
                        for (int index : source) {
                            used.add(index);
                            parts.add(lines.get(index).norm.strip());
                        }
                        parts.add(source[0] < line.index ? parts.size() : 0, evidence);
                        evidence = String.join(" / ", parts);
                    }
                }
                if (title != null) {
                    found.add(new Experience(title.title(), title.employer(), date.range().from(), date.range().to(),
                            months(date.range().from(), date.range().to(), now), line.index, evidence));
                }
            }
        }
        return found;
    }

    private static boolean inScope(Layout layout, Line line, boolean hasSection, boolean persian) {
        if (layout.isHeading(line.index)) {
            return false;
        }
        Kind kind = layout.kindOf(line.index);
        return hasSection ? kind == Kind.EXPERIENCE
                : (kind == null || kind == Kind.OTHER) && !CvEducation.isEducation(line, persian);
    }

    /** The lines to read a title from: two lines before, one line before, or one line after; empty when none fit. */
    private static int[] titleLines(List<Line> lines, Layout layout, List<List<Found>> dates, int index,
                                    boolean hasSection, boolean persian, Set<Integer> used) {
        boolean previous = isTitleLine(lines, layout, dates, index - 1, hasSection, persian, used);
        if (previous && isTitleLine(lines, layout, dates, index - 2, hasSection, persian, used)) {
            return new int[] {index - 2, index - 1};
        }
        if (previous) {
            return new int[] {index - 1};
        }
        if (isTitleLine(lines, layout, dates, index + 1, hasSection, persian, used)) {
            return new int[] {index + 1};
        }
        return new int[0];
    }

    private static boolean isTitleLine(List<Line> lines, Layout layout, List<List<Found>> dates, int index,
                                       boolean hasSection, boolean persian, Set<Integer> used) {
        if (index < 0 || index >= lines.size() || used.contains(index)) {
            return false;
        }
        Line line = lines.get(index);
        return !line.isBlank() && dates.get(index).isEmpty() && inScope(layout, line, hasSection, persian)
                && !BULLET.matcher(line.norm).find() && line.norm.strip().length() <= MAX_TITLE_LINE_LENGTH
                && LETTERS.matcher(line.norm).find();
    }

    private static @Nullable Title fromLines(List<Line> lines, int[] source) {
        Title first = split(clean(lines.get(source[0]).norm));
        if (first == null || source.length == 1) {
            return first;
        }
        Title second = split(clean(lines.get(source[1]).norm));
        return new Title(first.title(), first.employer() != null || second == null ? first.employer()
                : second.title());
    }

    /** Splits a title text into title and employer; null when it has no words. */
    private static @Nullable Title split(String text) {
        String fold = CvText.foldSameLength(text);
        Matcher label = TITLE_LABEL.matcher(fold);
        if (label.lookingAt()) {
            text = text.substring(label.end());
            fold = fold.substring(label.end());
        }
        Matcher at = EMPLOYER_WORD.matcher(fold);
        String title;
        String employer;
        if (at.find() && at.start() > 0) {
            title = text.substring(0, at.start());
            employer = PARTS.split(text.substring(at.end()))[0];
        } else {
            String[] parts = PARTS.split(text);
            title = parts.length > 0 ? parts[0] : "";
            employer = parts.length > 1 ? parts[1] : null;
        }
        title = clean(title);
        if (!LETTERS.matcher(title).find() || title.length() > MAX_TITLE_LENGTH
                || title.split("\\s+").length > MAX_TITLE_WORDS) {
            return null;
        }
        String cleanEmployer = employer == null ? "" : clean(employer);
        return new Title(title, LETTERS.matcher(cleanEmployer).find() ? cleanEmployer : null);
    }

    private static String clean(String text) {
        return EDGE.matcher(QUOTES.matcher(text).replaceAll("")).replaceAll("").strip();
    }

    /** Months from {@code from} to {@code to} (or to {@code now} when open), both inclusive; null when negative. */
    static @Nullable Integer months(YearMonth from, @Nullable YearMonth to, YearMonth now) {
        YearMonth end = to != null ? to : now;
        int months = (end.getYear() - from.getYear()) * 12 + end.getMonthValue() - from.getMonthValue() + 1;
        return months > 0 ? months : null;
    }
}

package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.werkbrug.cv.internal.CvDates.Found;
import nl.werkbrug.cv.internal.CvSections.Layout;
import nl.werkbrug.cv.internal.CvStructure.Education;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvText.Line;
import org.jspecify.annotations.Nullable;

/**
 * Finds education entries by degree and school words and gives them an ISCED 2011 level.
 *
 * <p>Lines of education sections are read (all lines outside experience, profile, language and skill sections when
 * there is no education section). More specific words are tried first, so "کارشناسی ارشد" is a master (7) and not a
 * bachelor (6), and "молодший бакалавр" is short-cycle tertiary (5). Dutch levels: basisschool 1; vmbo, mavo, mbo 1 and
 * praktijkonderwijs 2; mbo 2 to 4, havo, vwo 3 (as the Dutch ISCED 2011 mapping does for all of mbo 2-4);
 * associate degree 5; hbo and wo bachelor 6; master 7; PhD 8. The field is the text after "in"/"of"/"في"/"رشته"/"з"
 * …, or else what is left of the line without the degree word, school, places and dates. The country comes from a
 * country or city name on the line or the next one (personal details are masked out before, so a nationality never
 * becomes a country here); dates come from the line or, when it has none, from the line after or before it.
 */
final class CvEducation {

    private static final int MAX_FIELD_LENGTH = 60;
    private static final int MAX_FIELD_SEGMENTS = 3;
    private static final Pattern CYRILLIC_END = Pattern.compile("\\p{IsCyrillic}$");
    private static final List<DegreePattern> DEGREES = degrees();
    private static final List<DegreePattern> PERSIAN_DEGREES = List.of(new DegreePattern(
            Pattern.compile(CvText.LEFT + "(?:دوره\\s)?متوسطه" + CvText.RIGHT), 3, false));
    private static final Pattern FIELD_AFTER = Pattern.compile("[\\s:,]*(?:in de|in het|in|of"
            + "|в галузі|в області|за спеціальністю|по специальности|спеціальність|специальность|з|із|по|في|تخصص"
            + "|رشته)" + CvText.RIGHT + "\\s*:?\\s*");
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*(?:[,|;()«»\"]|\\s-\\s|\\s/\\s)\\s*");
    private static final Pattern SCHOOL = Pattern.compile(CvText.LEFT + "(?:universiteit|university|universit"
            + "|hogeschool|college|school|institute|instituut|academy|academie|جامعه|معهد|مدرسه|كليه"
            + "|университет|університет|інститут|институт|академія|академия|коледж|колледж|школа|ліцей|лицей"
            + "|технікум|техникум|دانشگاه|دانشكده|هنرستان|دبيرستان|مجتمع|roc(?![\\p{L}]))");
    private static final Pattern NOISE = Pattern.compile(CvText.LEFT + "(?:diploma|opleiding|degree|certificate"
            + "|شهاده|диплом|ступінь|степень|مدرك|niveau|level)" + CvText.RIGHT + "\\s*:?");
    private static final Pattern EDGE = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private CvEducation() {
    }

    private record Degree(int level, int start, int end) {
    }

    /** A degree pattern; {@code onNorm} patterns are matched case-sensitively on the normalised line. */
    private record DegreePattern(Pattern pattern, int level, boolean onNorm) {
    }

    static List<Education> find(List<Line> lines, Layout layout, List<List<Found>> dates, boolean persian) {
        boolean hasSection = layout.has(Kind.EDUCATION);
        List<Education> found = new ArrayList<>();
        for (Line line : lines) {
            if (!inScope(layout, line.index, hasSection)) {
                continue;
            }
            Degree degree = degree(line, persian);
            if (degree == null) {
                continue;
            }
            Found date = date(lines, layout, dates, line.index, hasSection, persian);
            String country = country(lines, layout, line.index, hasSection, persian);
            String field = field(line, degree, dates.get(line.index));
            found.add(new Education(degree.level, field, country, date == null ? null : date.range().from(),
                    date == null ? null : date.range().to(), line.index, line.norm.strip()));
        }
        return found;
    }

    /** Whether a line names a degree or school level, to keep it out of work experience. */
    static boolean isEducation(Line line, boolean persian) {
        return degree(line, persian) != null;
    }

    private static boolean inScope(Layout layout, int index, boolean hasSection) {
        if (layout.isHeading(index)) {
            return false;
        }
        Kind kind = layout.kindOf(index);
        return hasSection ? kind == Kind.EDUCATION
                : kind != Kind.EXPERIENCE && kind != Kind.PROFILE && kind != Kind.LANGUAGES && kind != Kind.SKILLS;
    }

    private static @Nullable Degree degree(Line line, boolean persian) {
        if (persian) {
            Degree degree = firstMatch(PERSIAN_DEGREES, line);
            if (degree != null) {
                return degree;
            }
        }
        return firstMatch(DEGREES, line);
    }

    private static @Nullable Degree firstMatch(List<DegreePattern> patterns, Line line) {
        for (DegreePattern degree : patterns) {
            Matcher m = degree.pattern().matcher(degree.onNorm() ? line.norm : line.fold);
            if (m.find()) {
                return new Degree(degree.level(), m.start(), m.end());
            }
        }
        return null;
    }

    private static @Nullable Found date(List<Line> lines, Layout layout, List<List<Found>> dates, int index,
                                        boolean hasSection, boolean persian) {
        if (!dates.get(index).isEmpty()) {
            return dates.get(index).getFirst();
        }
        for (int other : new int[] {index + 1, index - 1}) {
            if (other >= 0 && other < lines.size() && inScope(layout, other, hasSection)
                    && !dates.get(other).isEmpty() && degree(lines.get(other), persian) == null) {
                return dates.get(other).getFirst();
            }
        }
        return null;
    }

    private static @Nullable String country(List<Line> lines, Layout layout, int index, boolean hasSection,
                                            boolean persian) {
        String country = CvPlaces.COUNTRIES.first(lines.get(index).fold);
        if (country == null && index + 1 < lines.size() && inScope(layout, index + 1, hasSection)
                && degree(lines.get(index + 1), persian) == null) {
            country = CvPlaces.COUNTRIES.first(lines.get(index + 1).fold);
        }
        return country;
    }

    private static @Nullable String field(Line line, Degree degree, List<Found> dates) {
        char[] chars = line.norm.toCharArray();
        for (Found date : dates) {
            Arrays.fill(chars, date.start(), date.end(), ',');
        }
        String text = new String(chars);
        String afterDegree = text.substring(degree.end);
        String beforeDegree = text.substring(0, degree.start);
        Matcher after = FIELD_AFTER.matcher(CvText.foldSameLength(afterDegree));
        String candidate;
        if (after.lookingAt()) {
            candidate = firstSegment(afterDegree.substring(after.end()));
        } else {
            candidate = firstSegment(afterDegree);
            if (candidate == null) {
                candidate = firstSegment(lastSegmentOf(beforeDegree));
            }
        }
        return candidate;
    }

    private static String lastSegmentOf(String text) {
        String[] parts = SEGMENT_SPLIT.split(text);
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    /** The first of the first few segments that is not a school or place and has letters. */
    private static @Nullable String firstSegment(String text) {
        String[] parts = SEGMENT_SPLIT.split(text);
        for (int i = 0; i < Math.min(parts.length, MAX_FIELD_SEGMENTS); i++) {
            String part = parts[i];
            String fold = CvText.foldSameLength(part);
            if (SCHOOL.matcher(fold).find() || CvPlaces.COUNTRIES.first(fold) != null) {
                continue;
            }
            char[] chars = part.toCharArray();
            Matcher noise = NOISE.matcher(fold);
            while (noise.find()) {
                Arrays.fill(chars, noise.start(), noise.end(), ' ');
            }
            String cleaned = EDGE.matcher(new String(chars)).replaceAll("").strip();
            if (LETTERS.matcher(cleaned).find()) {
                return cleaned.length() <= MAX_FIELD_LENGTH ? cleaned : null;
            }
        }
        return null;
    }

    private static List<DegreePattern> degrees() {
        List<DegreePattern> list = new ArrayList<>();
        degree(list, 8, "phd", "ph.d", "ph. d", "doctorate", "doctoral", "doctor of", "doctoraat", "doctorat",
                "دكتوراه", "دکترا", "دکتری", "кандидат наук", "кандидат", "доктор наук", "доктор філософії", "доктор",
                "аспірантура", "аспирантура", "докторантура");
        degree(list, 5, "молодший бакалавр", "молодший спеціаліст", "младший специалист", "associate degree",
                "ad-programma", "ad programma", "kardani", "کاردانی", "فوق دیپلم", "hnd", "foundation degree");
        degree(list, 7, "wo-master", "wo master", "master", "masters", "msc", "m.sc", "mba", "llm", "meng",
                "doctoraal", "ماجستير", "магістр", "магістратура", "магистр", "магистратура", "کارشناسی ارشد",
                "فوق لیسانس", "спеціаліст", "специалист");
        acronym(list, 7, "MA", "M.A.");
        degree(list, 6, "hbo-bachelor", "wo-bachelor", "bachelor", "bachelors", "bsc", "b.sc", "beng", "hbo",
                "licentiaat", "licence en", "licence in", "licence de", "licenciatura", "university degree",
                "بكالوريوس", "ليسانس", "إجازة جامعية", "бакалавр", "бакалаврат", "бакалавриат", "ліценціат",
                "کارشناسی");
        acronym(list, 6, "BA", "B.A.");
        degree(list, 5, "технікум", "техникум", "коледж", "колледж", "фахівець", "معهد متوسط", "دبلوم");
        degree(list, 2, "mbo 1", "mbo-1", "mbo niveau 1", "mbo-niveau 1", "entree-opleiding", "entreeopleiding",
                "vmbo", "mavo", "praktijkonderwijs", "middle school", "lower secondary", "junior high",
                "المرحلة المتوسطة", "المتوسطة", "الشهادة المتوسطة", "الإعدادية", "الشهادة الإعدادية", "إعدادية",
                "дев'ять класів", "9 класів", "9 классов", "базова середня", "неповна середня", "неполная средняя",
                "основная школа", "راهنمایی", "سیکل");
        degree(list, 3, "mbo", "mbo 2", "mbo 3", "mbo 4", "havo", "vwo", "atheneum", "gymnasium", "lyceum",
                "middelbare school", "high school", "secondary school", "secondary education", "upper secondary",
                "baccalaureate", "baccalauréat", "a-levels", "الثانوية", "ثانوية", "الشهادة الثانوية", "ثانوي",
                "بكالوريا", "البكالوريا", "باكالوريا", "середня школа", "середня освіта", "повна загальна середня",
                "атестат", "средняя школа", "среднее образование", "аттестат", "ліцей", "лицей", "دیپلم", "دبیرستان");
        degree(list, 1, "basisschool", "lagere school", "primary school", "elementary school", "primary education",
                "ابتدائي", "ابتدائية", "الابتدائية", "المرحلة الابتدائية", "початкова школа", "початкова освіта",
                "начальная школа", "ابتدایی", "دبستان");
        return List.copyOf(list);
    }

    /** Degree words matched on the folded line; Cyrillic words also with a case ending ("магістра"). */
    private static void degree(List<DegreePattern> list, int level, String... words) {
        String alternatives = Arrays.stream(words)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> CvText.alternation(word) + (CYRILLIC_END.matcher(word).find() ? "\\p{L}{0,3}" : ""))
                .collect(Collectors.joining("|"));
        list.add(new DegreePattern(Pattern.compile(CvText.LEFT + "(?:" + alternatives + ")" + CvText.RIGHT), level,
                false));
    }

    /** Short degree abbreviations ("MA", "BA"), matched case-sensitively on the normalised line. */
    private static void acronym(List<DegreePattern> list, int level, String... acronyms) {
        list.add(new DegreePattern(Pattern.compile("(?<![\\p{L}])(?:" + String.join("|",
                Arrays.stream(acronyms).map(Pattern::quote).toList()) + ")(?![\\p{L}])"), level, true));
    }
}

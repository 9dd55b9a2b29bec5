package nl.werkbrug.cv.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werkbrug.cv.internal.CvStructure.DateRange;
import nl.werkbrug.cv.internal.CvText.Line;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates and date ranges on a line.
 *
 * <p>A date is a year, optionally with a month: "2019", "03/2018", "10.2015", "2015-09", "12-03-2018", "mrt 2018",
 * "Jan. 2019", "вересня 2016 р.", "كانون الثاني 2020", "مهر ۱۳۹۸". Month names are known in Dutch, English, German,
 * French, Turkish, Arabic (both the Egyptian and the Levantine series), Ukrainian and Russian (any inflection, by
 * stem) and Farsi (Gregorian names and the Iranian and Afghan solar months). Two dates joined by a dash or a word like
 * "tot"/"to"/"до"/"تا"/"إلى" form a range; a date followed by a word for "now" ("heden", "present", "дотепер",
 * "по наст. время", "حتى الآن", "تا کنون" …) or preceded by "since" ("sinds", "з", "منذ" …) is an open range.
 *
 * <p>Conventions: a year without a month starts in January and ends in December, so "2019 - 2022" is January 2019 to
 * December 2022. Years from 1300 to 1420 in Farsi text (or marked "ش"/"شمسی", or with a solar month) are Solar Hijri
 * and become Gregorian by adding 621 (a solar month m becomes Gregorian month m+3 of that year for m ≤ 9, and month
 * m-9 of the year after for m ≥ 10; a solar year alone runs April to March). Years from 1340 to 1500 marked "هـ"/"هجري"
 * are Islamic Hijri and become approximately {@code year + 622 - year / 33}. Other years must lie between 1950 and
 * next year. Phone numbers, postcodes and the like should be masked before; numbers after "ISO", "NEN" or a currency
 * sign, or followed by a unit, are not dates.
 */
final class CvDates {

    private static final int MIN_YEAR = 1950;
    private static final int MAX_RANGE_YEARS = 60;

    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> SOLAR_MONTHS = solarMonths();
    private static final List<Map.Entry<String, Integer>> CYRILLIC_MONTH_STEMS = cyrillicMonthStems();

    private static final String SEP_WORDS = "to|tot|t/m|tm|until|till|through|thru|bis|au|a|jusqu'a|до|по"
            + "|تا|الى|الي|حتي|لغايه|ta|kadar";
    private static final String SEP = "(?:(?:-+|~|/)\\s*(?:(?:" + SEP_WORDS + ")(?![\\p{L}]))?|(?:" + SEP_WORDS
            + ")(?![\\p{L}]))";
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*" + SEP + "\\s*");
    private static final Pattern PRESENT_AFTER = Pattern.compile("\\s*(?:" + SEP + "\\s*(?:" + CvText.alternation(
            "heden", "nu", "present", "now", "current", "currently", "today", "date", "ongoing", "heute", "jetzt",
            "aujourd'hui", "actuel", "günümüz", "halen", "الآن", "حاليا", "حالي", "اليوم", "الوقت الحالي",
            "الوقت الحاضر", "للآن", "дотепер", "досі", "тепер", "теперішній час", "нині", "зараз", "сьогодні",
            "наст. время", "наст. вр.", "настоящее время", "настоящий момент", "н.в.", "н. в.", "сейчас",
            "کنون", "تاکنون", "اکنون", "حال", "حاضر", "امروز", "ادامه دارد") + ")|(?:" + CvText.alternation(
            "heden", "present", "дотепер", "тепер", "تاکنون", "اکنون", "حتى الآن", "حاليا") + "))(?![\\p{L}])");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + CvText.alternation(
            "sinds", "since", "seit", "depuis", "vanaf", "منذ", "з", "із", "від", "с", "со", "از") + ")\\s*$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?<![\\p{L}])(?:van|from|von|de|du|от|من)\\s*$");
    private static final Pattern NOT_DATE_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}])(?:iso|nen|en|din|iec|nr|no|art|postbus)[\\s.-]*|[€$£]\\s*)$");
    private static final Pattern NOT_DATE_AFTER = Pattern.compile(
            "\\s*(?:€|euro|eur|usd|\\$|uur|hours|km|kg|m2|%|x\\b)");
    private static final Pattern POSTCODE_TAIL = Pattern.compile(" ?[A-Z]{2}(?![\\p{L}])");
    private static final Pattern POINT = Pattern.compile(
            "(?<![\\p{L}\\p{N}+:#№])(?:"
                    + "(?<d1>\\d{1,2})[./-](?<m1>\\d{1,2})[./-](?<y1>\\d{4})"
                    + "|(?<y2>\\d{4})[./-](?<m2>\\d{1,2})[./-]\\d{1,2}"
                    + "|(?<m3>\\d{1,2})(?:[./-]| / )(?<y3>\\d{4})"
                    + "|(?<y4>\\d{4})[./-](?<m4>\\d{1,2})"
                    + "|(?:\\d{1,2}\\.?\\s*)?(?<mon>" + monthAlternation() + ")\\.?,?\\s*(?<y5>\\d{4})"
                    + "|(?<y6>\\d{4})"
                    + ")(?!\\d)(?<suffix>\\s?(?:" + CvText.alternation("ه.ش", "ه ش", "ه.ق", "هجري شمسي", "هجري قمري",
                    "هجري", "شمسي", "ميلادي", "ش", "ه", "م", "р.", "рр.", "г.", "гг.", "року", "рік", "года", "год")
                    + ")(?![\\p{L}]))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])[./-](?:19|20)\\d{2}"
                    + "|(?:19|20)\\d{2}[./-](?:0?[1-9]|1[0-2]))(?!\\d)");
    private static final Set<String> HIJRI_MARKS = folded("ه", "هجري", "هجري قمري", "ه.ق");
    private static final Set<String> SOLAR_MARKS = folded("ش", "ه.ش", "ه ش", "هجري شمسي", "شمسي");

    private CvDates() {
    }

    /**
     * A date or range with where it was found: {@code [start, end)} of the normalised line.
     *
     * @param single whether this is one date (or one year) rather than a range
     */
    record Found(DateRange range, int start, int end, boolean single) {
    }

    private record Point(int start, int end, YearMonth first, YearMonth last) {
    }

    /**
     * The dates on a (masked) line, in order.
     *
     * @param persian whether bare years from 1300 to 1420 are Solar Hijri
     */
    static List<Found> find(Line line, boolean persian, YearMonth now) {
        List<Point> points = points(line, persian, now.getYear() + 1);
        List<Found> found = new ArrayList<>();
        String fold = line.fold;
        int i = 0;
        while (i < points.size()) {
            Point p = points.get(i);
            int start = extendFrom(fold, p.start);
            if (i + 1 < points.size() && isRange(fold, p, points.get(i + 1))) {
                Point q = points.get(i + 1);
                found.add(found(line, p.first, q.last, false, start, q.end, false));
                i += 2;
                continue;
            }
            Matcher present = PRESENT_AFTER.matcher(fold).region(p.end, fold.length());
            Matcher since = SINCE_BEFORE.matcher(fold).region(0, p.start);
            if (present.lookingAt()) {
                found.add(found(line, p.first, null, true, start, present.end(), false));
            } else if (since.find()) {
                found.add(found(line, p.first, null, true, since.start(), p.end, false));
            } else {
                found.add(found(line, p.first, p.last, false, p.start, p.end, true));
            }
            i++;
        }
        return found;
    }

    /** Whether a text holds a numeric date such as "12-03-2018", "03/2018" or "2018-03" (to tell dates from phones). */
    static boolean containsNumericDate(String text) {
        return NUMERIC_DATE.matcher(text).find();
    }

    private static Found found(Line line, YearMonth from, @Nullable YearMonth to, boolean ongoing, int start,
                               int end, boolean single) {
        String snippet = line.norm.substring(start, end).strip();
        return new Found(new DateRange(from, to, ongoing, line.index, snippet), start, end, single);
    }

    private static boolean isRange(String fold, Point p, Point q) {
        return RANGE_SEPARATOR.matcher(fold).region(p.end, q.start).matches() && !p.first.isAfter(q.last)
                && q.last.getYear() - p.first.getYear() <= MAX_RANGE_YEARS;
    }

    private static int extendFrom(String fold, int start) {
        Matcher from = FROM_BEFORE.matcher(fold).region(0, start);
        Matcher since = SINCE_BEFORE.matcher(fold).region(0, start);
        return from.find() ? from.start() : since.find() ? since.start() : start;
    }

    private static List<Point> points(Line line, boolean persian, int maxYear) {
        List<Point> points = new ArrayList<>();
        Matcher m = POINT.matcher(line.fold);
        while (m.find()) {
            if (NOT_DATE_BEFORE.matcher(line.fold).region(0, m.start()).find()
                    || m.group("y6") != null && (NOT_DATE_AFTER.matcher(line.fold).region(m.end(), line.fold.length())
                    .lookingAt() || POSTCODE_TAIL.matcher(line.norm).region(m.end(), line.norm.length()).lookingAt())) {
                continue;
            }
            Point point = point(m, persian, maxYear);
            if (point != null) {
                points.add(point);
            }
        }
        return points;
    }

    private static @Nullable Point point(Matcher m, boolean persian, int maxYear) {
        int year = Integer.parseInt(firstGroup(m, "y1", "y2", "y3", "y4", "y5", "y6"));
        String monthText = firstGroupOrNull(m, "m1", "m2", "m3", "m4");
        Integer month = monthText != null ? Integer.valueOf(monthText) : null;
        boolean solarMonth = false;
        if (m.group("mon") != null) {
            String name = normalizeMonthName(m.group("mon"));
            month = monthOf(name);
            solarMonth = SOLAR_MONTHS.contains(name);
        }
        if (month != null && (month < 1 || month > 12)) {
            return null;
        }
        String suffix = m.group("suffix") == null ? "" : m.group("suffix").strip();
        YearMonth first;
        YearMonth last;
        if (HIJRI_MARKS.contains(suffix) && year >= 1340 && year <= 1500) {
            int gregorian = year + 622 - year / 33;
            first = YearMonth.of(gregorian, 1);
            last = YearMonth.of(gregorian, 12);
        } else if ((solarMonth || SOLAR_MARKS.contains(suffix) || persian) && year >= 1300 && year <= 1420) {
            first = month != null ? solar(year, month) : solar(year, 1);
            last = month != null ? first : solar(year, 12);
        } else if (solarMonth) {
            return null;
        } else {
            first = YearMonth.of(year, month != null ? month : 1);
            last = YearMonth.of(year, month != null ? month : 12);
        }
        if (first.getYear() < MIN_YEAR || last.getYear() > maxYear) {
            return null;
        }
        return new Point(m.start(), m.end(), first, last);
    }

    private static YearMonth solar(int year, int month) {
        return month <= 9 ? YearMonth.of(year + 621, month + 3) : YearMonth.of(year + 622, month - 9);
    }

    private static String firstGroup(Matcher m, String... names) {
        String value = firstGroupOrNull(m, names);
        if (value == null) {
            throw new IllegalStateException("the date pattern matched without a year");
        }
        return value;
    }

    private static @Nullable String firstGroupOrNull(Matcher m, String... names) {
        for (String name : names) {
            if (m.group(name) != null) {
                return m.group(name);
            }
        }
        return null;
    }

    private static String normalizeMonthName(String matched) {
        return matched.replaceAll("\\s+", " ").replace(".", "").strip();
    }

    private static @Nullable Integer monthOf(String name) {
        Integer month = MONTHS.get(name);
        if (month != null) {
            return month;
        }
        for (Map.Entry<String, Integer> stem : CYRILLIC_MONTH_STEMS) {
            if (name.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }

    private static String monthAlternation() {
        Stream<String> exact = MONTHS.keySet().stream()
                .map(name -> Stream.of(name.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")));
        Stream<String> stems = CYRILLIC_MONTH_STEMS.stream().map(e -> Pattern.quote(e.getKey()) + "\\p{L}*");
        return Stream.concat(exact, stems)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])"));
    }

    private static Set<String> folded(String... phrases) {
        Set<String> set = new HashSet<>();
        for (String phrase : phrases) {
            set.add(CvText.fold(phrase));
        }
        return Set.copyOf(set);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> map = new HashMap<>();
        String[][] byMonth = {
            {"januari", "january", "januar", "jänner", "janvier", "janv", "jan", "ocak", "يناير", "كانون الثاني",
                "ژانویه", "جنوری"},
            {"februari", "february", "februar", "février", "fevr", "feb", "fév", "şubat", "فبراير", "شباط", "فوریه"},
            {"maart", "march", "märz", "mars", "mrt", "mar", "mart", "مارس", "آذار", "مارچ"},
            {"april", "avril", "avr", "apr", "nisan", "أبريل", "إبريل", "نيسان", "آوریل", "اپریل"},
            {"mei", "may", "mai", "mayıs", "مايو", "ماي", "أيار", "مه", "می"},
            {"juni", "june", "juin", "jun", "haziran", "يونيو", "يونيه", "جوان", "حزيران", "ژوئن", "جون"},
            {"juli", "july", "juillet", "juil", "jul", "temmuz", "يوليو", "يوليه", "جويلية", "تموز", "ژوئیه",
                "جولای"},
            {"augustus", "august", "août", "aug", "ağustos", "أغسطس", "غشت", "أوت", "آب", "اوت", "آگوست", "اگست"},
            {"september", "septembre", "sept", "sep", "eylül", "سبتمبر", "شتنبر", "أيلول", "سپتامبر"},
            {"oktober", "october", "octobre", "okt", "oct", "ekim", "أكتوبر", "تشرين الأول", "اکتبر"},
            {"november", "novembre", "nov", "kasım", "نوفمبر", "نونبر", "تشرين الثاني", "نوامبر"},
            {"december", "dezember", "décembre", "dec", "dez", "aralık", "ديسمبر", "دجنبر", "كانون الأول", "دسامبر"},
        };
        for (int m = 0; m < byMonth.length; m++) {
            for (String name : byMonth[m]) {
                map.putIfAbsent(CvText.fold(name), m + 1);
            }
        }
        for (Map.Entry<String, Integer> e : solarMonthNumbers().entrySet()) {
            map.put(e.getKey(), e.getValue());
        }
        map.put(CvText.fold("май"), 5);
        map.put(CvText.fold("мая"), 5);
        map.put(CvText.fold("мае"), 5);
        return Map.copyOf(map);
    }

    private static Map<String, Integer> solarMonthNumbers() {
        String[][] byMonth = {
            {"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"}, {"تیر", "سرطان"}, {"مرداد", "امرداد", "اسد"},
            {"شهریور", "سنبله"}, {"مهر", "میزان"}, {"آبان", "عقرب"}, {"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"},
            {"اسفند", "حوت"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < byMonth.length; m++) {
            for (String name : byMonth[m]) {
                map.put(CvText.fold(name), m + 1);
            }
        }
        return map;
    }

    private static Set<String> solarMonths() {
        return Set.copyOf(solarMonthNumbers().keySet());
    }

    private static List<Map.Entry<String, Integer>> cyrillicMonthStems() {
        String[][] byMonth = {
            {"січ", "янв"}, {"лют", "фев"}, {"бер", "мар"}, {"квіт", "апр"}, {"трав"}, {"черв", "июн"},
            {"лип", "июл"}, {"серп", "авг"}, {"вер", "сен"}, {"жовт", "окт"}, {"лис", "ноя"}, {"груд", "дек"},
        };
        List<Map.Entry<String, Integer>> stems = new ArrayList<>();
        for (int m = 0; m < byMonth.length; m++) {
            for (String stem : byMonth[m]) {
                stems.add(Map.entry(CvText.fold(stem), m + 1));
            }
        }
        return List.copyOf(stems);
    }
}

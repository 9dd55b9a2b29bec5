package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.werkbrug.cv.internal.CvStructure.Contact;
import nl.werkbrug.cv.internal.CvStructure.Contact.Type;
import nl.werkbrug.cv.internal.CvText.Line;

/**
 * Finds contact values (e-mail, phone, address, postcode, URLs) and personal details (date of birth, nationality,
 * gender, marital status, religion, place of birth, age, identity numbers) so that they can be listed, masked for the
 * other extractors and redacted.
 *
 * <p>Personal details are read from labelled fields ("Nationaliteit: …", "تاريخ الميلاد: …", "Громадянство — …", "ملیت:
 * …", and "Naam: …" as {@link Type#OTHER_PERSONAL}); the value runs to the end of the line or to a column gap, or is
 * the next line when the label stands alone (table layouts). Phones are international ({@code +} or {@code 00} and 9 to
 * 15 digits) or national (a leading 0 and 10 or 11 digits) and never a numeric date.
 */
final class CvContacts {

    private static final String FIELD_START = "(?:^|(?<=\\t|\\s{2}|\\||;))(?<!\\s{3})\\s*+[-•*·]?+\\s*+";
    private static final String VALUE = "(?<value>[^\\t|;]*?)(?=\\s{2}|\\s*+(?:[\\t|;]|$))";
    private static final String FIELD_END = "\\s*+(?:[:：]|-(?=\\s))?+\\s*+" + VALUE;
    private static final String WEAK_FIELD_END = "\\s*+[:：]\\s*+" + VALUE;
    private static final List<Field> FIELDS = List.of(
            field(Type.DATE_OF_BIRTH, false, "geboortedatum", "geboortedatum en -plaats", "date of birth",
                    "birth date", "birthdate", "d.o.b.", "تاريخ الميلاد", "تاريخ الولادة", "дата народження",
                    "дата рождения", "تاریخ تولد", "geburtsdatum", "date de naissance", "doğum tarihi"),
            field(Type.DATE_OF_BIRTH, true, "geboren", "born", "dob", "مواليد", "متولد", "народився", "народилася",
                    "родился", "родилась", "né le", "née le"),
            field(Type.NATIONALITY, false, "nationaliteit", "nationality", "citizenship", "الجنسية",
                    "громадянство", "гражданство", "національність", "национальность", "ملیت", "تابعیت",
                    "staatsangehörigkeit", "nationalität", "nationalité", "uyruk", "uyruğu"),
            field(Type.OTHER_PERSONAL, false, "geslacht", "gender", "burgerlijke staat", "marital status",
                    "civil status", "familiestand", "religie", "religion", "godsdienst", "geboorteplaats",
                    "place of birth", "birthplace", "leeftijd", "bsn", "burgerservicenummer", "v-nummer",
                    "paspoortnummer", "passport number", "الديانة", "الدين", "الجنس", "الحالة الاجتماعية",
                    "مكان الولادة", "مكان الميلاد", "العمر", "رقم جواز السفر", "стать", "сімейний стан",
                    "віросповідання", "релігія", "місце народження", "семейное положение", "вероисповедание",
                    "религия", "место рождения", "возраст", "جنسیت", "وضعیت تاهل", "وضعیت تأهل", "دین", "مذهب",
                    "محل تولد", "geschlecht", "familienstand", "sexe", "situation familiale", "cinsiyet",
                    "medeni hal", "medeni durum"),
            field(Type.OTHER_PERSONAL, true, "naam", "name", "full name", "volledige naam", "الاسم", "الاسم الكامل",
                    "ім'я", "піб", "прізвище", "имя", "фио", "фамилия", "نام", "نام و نام خانوادگی", "sex", "age",
                    "geloof", "دين", "вік", "пол", "جنس", "سن", "din"));

    /** Any field label, to skip lines without one quickly. */
    private static final Pattern ANY_FIELD = Pattern.compile(CvText.LEFT + "(?:" + FIELDS.stream().map(Field::labels)
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])");
    private static final Pattern ADDRESS_FIELD = Pattern.compile(FIELD_START + "(?:" + CvText.alternation(
            "adres", "woonadres", "address", "home address", "postadres", "العنوان", "عنوان السكن", "адреса",
            "адрес", "آدرس", "نشانی", "adresse", "anschrift") + ")" + WEAK_FIELD_END);
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern LINKEDIN = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}./])(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/[^\\s,;|)]*");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s,;|)]+|(?<![\\p{L}.])(?:github|gitlab)\\.com/[^\\s,;|)]+");
    private static final Pattern PHONE_START = Pattern.compile(
            "(?<![\\p{L}\\p{N}+./-])(?:\\(?\\+\\s?\\d|00[1-9]|\\(?0\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{N}])");
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.'-]*+\\s)?(?<![\\p{L}])[\\p{L}'.-]*(?i:straat|laan|weg|plein|gracht"
                    + "|kade|singel|dreef|hof|pad|steeg|dijk|plantsoen|markt|erf|baan|park)\\s+\\d{1,4}"
                    + "(?:\\s?[a-zA-Z](?![\\p{L}]))?"
                    + "(?:[-/]\\d{1,3})?(?![\\p{N}])"
                    + "|(?<![\\p{N}])\\d{1,5}\\s+(?:\\p{Lu}[\\p{L}'-]*\\s){1,3}(?i:street|st|road|rd|avenue|ave|lane"
                    + "|drive|boulevard|blvd|way|court|square)\\.?(?![\\p{L}])"
                    + "|(?iu:вул\\.|вулиця|ул\\.|улица|просп\\.|проспект)\\s*[\\p{L}'-]+(?:\\s[\\p{L}'-]+)?,?\\s*"
                    + "(?:буд\\.\\s*|д\\.\\s*)?\\d+\\p{L}?(?:[/-]\\d+)?"
                    + "|(?:شارع|خیابان|خيابان)\\s+[^\\s,]+(?:\\s[^\\s,\\d]+)?(?:\\s\\d+)?");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MIN_NATIONAL_DIGITS = 10;
    private static final int MAX_NATIONAL_DIGITS = 11;
    private static final int MIN_INTERNATIONAL_DIGITS = 9;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;

    private CvContacts() {
    }

    /**
     * A contact value or personal detail with a span {@code [start, end)} of a normalised line to mask. A personal
     * detail whose value stands on the next line has two spans (label and value) with the same contact.
     *
     * @param personal whether the span is a personal detail (removed when redacting) rather than a contact value
     */
    record Found(Contact contact, int line, int start, int end, boolean personal) {
    }

    private record Field(Type type, Pattern pattern, String labels) {
    }

    /** The contact values and personal details of all lines, in text order. */
    static List<Found> find(List<Line> lines) {
        List<Found> found = new ArrayList<>();
        int skipUntil = -1;
        for (Line line : lines) {
            if (line.index <= skipUntil) {
                continue;
            }
            List<Found> onLine = new ArrayList<>();
            Line rest = personal(line, lines, onLine);
            if (onLine.stream().anyMatch(f -> f.line() > line.index)) {
                skipUntil = line.index + 1;
            }
            if (rest.norm.indexOf('@') >= 0) {
                rest = add(rest, onLine, EMAIL, Type.EMAIL);
            }
            if (rest.fold.contains("linkedin")) {
                rest = add(rest, onLine, LINKEDIN, Type.LINKEDIN);
            }
            if (rest.fold.contains("www.") || rest.fold.contains("http") || rest.fold.contains("github")
                    || rest.fold.contains("gitlab")) {
                rest = add(rest, onLine, URL, Type.URL);
            }
            if (DIGIT.matcher(rest.norm).find()) {
                rest = phones(rest, onLine);
            }
            if (rest.fold.indexOf(':') >= 0 || DIGIT.matcher(rest.norm).find() || rest.fold.contains("شارع")
                    || rest.fold.contains("خيابان")) {
                rest = address(rest, onLine);
            }
            if (DIGIT.matcher(rest.norm).find()) {
                add(rest, onLine, POSTCODE, Type.POSTCODE);
            }
            onLine.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::start));
            found.addAll(onLine);
        }
        return found;
    }

    private static Line personal(Line line, List<Line> lines, List<Found> out) {
        List<int[]> spans = new ArrayList<>();
        for (Field field : ANY_FIELD.matcher(line.fold).find() ? FIELDS : List.<Field>of()) {
            Matcher m = field.pattern().matcher(line.fold);
            while (m.find()) {
                if (overlaps(spans, m.start(), m.end())) {
                    continue;
                }
                String value = line.norm.substring(m.start("value"), m.end("value")).strip();
                int start = m.start() + leadingSpaces(line.fold, m.start());
                spans.add(new int[] {start, m.end()});
                if (!value.isEmpty()) {
                    out.add(new Found(new Contact(field.type(), value, line.index), line.index, start, m.end(), true));
                } else if (line.index + 1 < lines.size() && isStandaloneValue(lines.get(line.index + 1))) {
                    Line next = lines.get(line.index + 1);
                    Contact contact = new Contact(field.type(), next.norm.strip(), next.index);
                    out.add(new Found(contact, line.index, start, m.end(), true));
                    out.add(new Found(contact, next.index, 0, next.norm.length(), true));
                }
            }
        }
        return line.masked(spans);
    }

    private static boolean isStandaloneValue(Line next) {
        String text = next.norm.strip();
        return !text.isEmpty() && text.length() <= 40 && text.split("\\s+").length <= 4 && !text.contains(":")
                && CvSections.headingKind(next.fold) == null;
    }

    private static Line add(Line line, List<Found> out, Pattern pattern, Type type) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(line.norm);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            out.add(new Found(new Contact(type, m.group().strip(), line.index), line.index, m.start(), m.end(),
                    false));
        }
        return line.masked(spans);
    }

    private static Line address(Line line, List<Found> out) {
        List<int[]> spans = new ArrayList<>();
        Matcher field = ADDRESS_FIELD.matcher(line.fold);
        while (field.find()) {
            String value = line.norm.substring(field.start("value"), field.end("value")).strip();
            if (!value.isEmpty()) {
                spans.add(new int[] {field.start("value"), field.end("value")});
                out.add(new Found(new Contact(Type.ADDRESS, value, line.index), line.index, field.start("value"),
                        field.end("value"), false));
            }
        }
        Matcher street = STREET.matcher(line.norm);
        while (street.find()) {
            if (!overlaps(spans, street.start(), street.end())) {
                spans.add(new int[] {street.start(), street.end()});
                out.add(new Found(new Contact(Type.ADDRESS, street.group().strip(), line.index), line.index,
                        street.start(), street.end(), false));
            }
        }
        // the address stays visible to the postcode pattern, which also lists the postcode inside it
        return line;
    }

    private static Line phones(Line line, List<Found> out) {
        List<int[]> spans = new ArrayList<>();
        String text = line.norm;
        Matcher start = PHONE_START.matcher(text);
        int from = 0;
        while (from < text.length() && start.find(from)) {
            int end = phoneEnd(text, start.start());
            if (end > 0) {
                String phone = text.substring(start.start(), end);
                spans.add(new int[] {start.start(), end});
                out.add(new Found(new Contact(Type.PHONE, phone, line.index), line.index, start.start(), end, false));
                from = end;
            } else {
                from = start.end();
            }
        }
        return line.masked(spans);
    }

    /**
     * Reads digit groups from {@code start} while they can belong to one phone number and returns the end of the
     * longest valid number, or -1. A group of four digits that looks like a year ends a number of 9 or more digits.
     */
    private static int phoneEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '+' || text.charAt(i) == ' ')) {
            i++;
        }
        boolean international = text.substring(start, i).contains("+") || text.startsWith("00", i);
        int digits = 0;
        int best = -1;
        while (i < text.length()) {
            int groupStart = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            int group = i - groupStart;
            if (group == 0 || digits >= MIN_INTERNATIONAL_DIGITS && group == 4 && looksLikeYear(text, groupStart)) {
                break;
            }
            digits += group;
            int max = international ? MAX_INTERNATIONAL_DIGITS + 2 : MAX_NATIONAL_DIGITS;
            if (digits > max) {
                break;
            }
            int counted = international && text.startsWith("00", skipOpen(text, start)) ? digits - 2 : digits;
            boolean valid = international
                    ? counted >= MIN_INTERNATIONAL_DIGITS && counted <= MAX_INTERNATIONAL_DIGITS
                    : counted >= MIN_NATIONAL_DIGITS && counted <= MAX_NATIONAL_DIGITS;
            int end = i < text.length() && text.charAt(i) == ')' ? i + 1 : i;
            if (valid && (international || !CvDates.containsNumericDate(text.substring(start, end)))) {
                best = end;
            }
            int separators = 0;
            while (i < text.length() && " -./()".indexOf(text.charAt(i)) >= 0 && separators < 3) {
                i++;
                separators++;
            }
            if (i < text.length() && !Character.isDigit(text.charAt(i))) {
                break;
            }
        }
        return best;
    }

    private static int skipOpen(String text, int start) {
        return text.charAt(start) == '(' ? start + 1 : start;
    }

    private static boolean looksLikeYear(String text, int at) {
        return (text.startsWith("19", at) || text.startsWith("20", at))
                && (at + 4 >= text.length() || !Character.isDigit(text.charAt(at + 4)));
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
    }

    private static int leadingSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static Field field(Type type, boolean needsColon, String... labels) {
        String end = needsColon ? WEAK_FIELD_END : FIELD_END;
        String alternation = CvText.alternation(labels);
        return new Field(type, Pattern.compile(FIELD_START + "(?:" + alternation + ")(?![\\p{L}])" + end),
                alternation);
    }
}

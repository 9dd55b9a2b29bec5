package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.werkbrug.cv.internal.CvSections.Layout;
import nl.werkbrug.cv.internal.CvStructure.Certificate;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvText.Line;

/**
 * Finds certificates and licences and gives them stable codes.
 *
 * <p>Most codes come from an unambiguous name ("VCA basis", "HACCP", "code 95", "NEN 3140"). Names that may just as
 * well describe work done (forklift, reach truck, first aid) count outside experience sections, or in certificate
 * context: a certificate section or a line with a word like "certificaat"/"certificate"/"شهادة"/"посвідчення"/"گواهی".
 * Welding counts as a certificate only in certificate context ("lascertificaat", "گواهینامه جوشکاری", ISO 9606).
 * Driving licences need a licence word ("rijbewijs", "driving licence", "رخصة قيادة", "посвідчення водія",
 * "водительское удостоверение", "گواهینامه رانندگی" …); the categories are the letters right after it ("rijbewijs B, BE
 * en C", also in Cyrillic letters: "категорії В, С") or just before it ("B-rijbewijs"), else on the next line when the
 * licence word is a heading; Iranian grades are mapped as "پایه یک" C and "پایه دو"/"پایه سوم" B. A licence without a
 * category is {@code DRIVING_LICENCE}, reported only when no licence with a category is; likewise {@code VCA} (level
 * unknown) only when no VCA level is.
 */
final class CvCertificates {

    private static final String LICENCE_PREFIX = "DRIVING_LICENCE";
    private static final List<String> CATEGORIES = List.of("AM", "A", "B", "BE", "C", "CE", "C1", "D", "D1");
    private static final int MAX_WORDS_BEFORE = 3;
    private static final Map<String, String> LABELS = labels();

    private static final Pattern CERTIFICATE_WORD = fold("certifica\\p{L}*", "diploma\\p{L}*", "\\p{L}*bewijs",
            "certified", "licen[cs]e\\p{L}*", "getuigschrift", "attest", "شهاده", "شهادات", "رخصه",
            "сертифікат\\p{L}*", "посвідчен\\p{L}*", "свідоцтв\\p{L}*", "сертификат\\p{L}*", "удостоверен\\p{L}*",
            "свидетельств\\p{L}*", "گواهي\\p{L}*", "مدرك", "zertifikat\\p{L}*", "\\p{L}*schein", "belge",
            "sertifika\\p{L}*");
    private static final Pattern LICENCE = fold("rijbewijs", "rijbewijzen", "driving licen[cs]es?",
            "driver'?s? licen[cs]es?", "رخصه (?:ال)?قياده", "رخصه (?:ال)?سياقه", "رخصه (?:ال)?سواقه",
            "شهاده سواقه", "посвідчення водія", "водійськ\\p{L}* посвідчен\\p{L}*", "водійськ\\p{L}* прав\\p{L}*",
            "водительск\\p{L}* удостоверен\\p{L}*", "водительск\\p{L}* прав\\p{L}*", "گواهينامه رانندگي",
            "گواهينامه پايه", "führerschein", "permis de conduire", "ehliyet", "sürücü belgesi");
    private static final Pattern IRANIAN_GRADE = fold("پايه\\s*(?<grade>يكم|يك|1|دوم|دو|2|سوم|سه|3)");
    private static final Pattern CATEGORY_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");
    private static final Pattern FILLER = fold("categor\\p{L}*", "cat", "kat", "klasse", "class", "type", "en",
            "and", "und", "et", "و", "і", "и", "та", "й", "категор\\p{L}*", "кат", "فئه", "الفئه", "فئات", "نوع",
            "درجه", "rijbewijs", "licen[cs]e", "[:,;/&+.()\\-]");
    private static final Rule FORKLIFT_RULE = rule("FORKLIFT", Scope.NOT_AS_WORK, "(?:vork)?heftruck\\p{L}*",
            "fork[\\s-]?lift\\p{L}*", "(?:ال)?رافع\\p{L}* شوكي\\p{L}*", "(?:авто)?навантажувач\\p{L}*",
            "(?:авто)?погрузчик\\p{L}*", "ليفتراك", "gabelstapler", "chariot elevateur");
    /** A forklift right after a licence word makes it a forklift licence ("посвідчення водія навантажувача"). */
    private static final Pattern FORKLIFT = Pattern.compile("\\s*" + FORKLIFT_RULE.pattern().pattern());
    private static final List<Rule> RULES = List.of(
            rule("VCA_VOL", Scope.ALWAYS, "vol[\\s-]*vca", "vca[\\s-]*vol", "vca[\\s-]*vg", "vca voor leidinggevenden"),
            rule("VCA_BASIS", Scope.ALWAYS, "b[\\s-]?vca", "basis[\\s-]*vca", "vca[\\s-]*(?:basis|basic|b)"),
            rule("VCA", Scope.ALWAYS, "vca"),
            FORKLIFT_RULE,
            rule("REACH_TRUCK", Scope.NOT_AS_WORK, "reach[\\s-]?truck\\p{L}*", "ричтрак\\p{L}*", "річтрак\\p{L}*"),
            rule("CODE_95", Scope.ALWAYS, "code[\\s-]?95", "код[\\s-]?95"),
            rule("BHV", Scope.ALWAYS, "bhv\\p{L}*", "bedrijfshulpverle\\p{L}*"),
            rule("EHBO", Scope.NOT_AS_WORK, "ehbo\\p{L}*", "first aid", "(?:ال)?اسعافات (?:ال)?اوليه",
                    "перш\\p{L}* (?:медичн\\p{L}* )?допомог\\p{L}*", "перв\\p{L}* (?:медицинск\\p{L}* )?помощ\\p{L}*",
                    "كمك ?هاي اوليه", "erste hilfe", "premiers secours", "ilk yardim"),
            rule("HACCP", Scope.ALWAYS, "haccp"),
            rule("SOCIAL_HYGIENE", Scope.ALWAYS, "sociale hygiene"),
            rule("SVH", Scope.ALWAYS, "svh"),
            rule("NT2", Scope.ALWAYS, "staatsexamen", "nt2[\\s-]*(?:diploma|certificaat)", "diploma[\\s-]*nt2"),
            new Rule("ADR", Pattern.compile("(?<![\\p{L}])ADR(?![\\p{L}])"), Scope.ALWAYS),
            rule("WELDING", Scope.ALWAYS, "lascertifica\\p{L}*", "lasdiploma\\p{L}*", "welding certifica\\p{L}*",
                    "welder certifica\\p{L}*", "(?:nen[\\s-]?)?(?:en[\\s-]?)?iso[\\s-]?9606\\p{N}*"),
            rule("WELDING", Scope.CERTIFICATE, "las(?:sen|ser)", "welding", "welder", "зварю\\p{L}*", "зварник\\p{L}*",
                    "сварк\\p{L}*", "сварщик\\p{L}*", "لحام", "جوشكار\\p{L}*"),
            rule("NEN3140", Scope.ALWAYS, "nen[\\s-]?3140"),
            rule("BIG", Scope.ALWAYS,
                    "big[\\s-]*(?:registratie|register|registered|geregistreerd|nummer|number|registration)"));
    /** Any rule's pattern (on the folded line, ignoring case), to skip lines without a certificate quickly. */
    private static final Pattern ANY_RULE = Pattern.compile(RULES.stream().map(rule -> rule.pattern.pattern())
            .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);

    private CvCertificates() {
    }

    /** When a rule counts. */
    private enum Scope {
        /** Anywhere. */
        ALWAYS,
        /** Outside experience sections, or in certificate context. */
        NOT_AS_WORK,
        /** Only in certificate context: a certificate section or a certificate word on the line. */
        CERTIFICATE
    }

    /** A pattern for a certificate code and where it counts. */
    private record Rule(String code, Pattern pattern, Scope scope) {
    }

    static List<Certificate> find(List<Line> lines, Layout layout) {
        Map<String, Certificate> byCode = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            boolean certificate = layout.kindOf(line.index) == Kind.CERTIFICATES
                    || CERTIFICATE_WORD.matcher(line.fold).find();
            boolean notAsWork = certificate || layout.kindOf(line.index) != Kind.EXPERIENCE;
            String evidence = line.norm.strip();
            for (Rule rule : ANY_RULE.matcher(line.fold).find() ? RULES : List.<Rule>of()) {
                boolean counts = switch (rule.scope) {
                    case ALWAYS -> true;
                    case NOT_AS_WORK -> notAsWork;
                    case CERTIFICATE -> certificate;
                };
                if (counts && rule.pattern.matcher(rule.code.equals("ADR") ? line.norm : line.fold).find()) {
                    add(byCode, rule.code, evidence);
                }
            }
            for (String category : licences(lines, layout, line)) {
                add(byCode, category.isEmpty() ? LICENCE_PREFIX : LICENCE_PREFIX + "_" + category, evidence);
            }
        }
        if (byCode.containsKey("VCA_BASIS") || byCode.containsKey("VCA_VOL")) {
            byCode.remove("VCA");
        }
        if (byCode.keySet().stream().anyMatch(code -> code.startsWith(LICENCE_PREFIX + "_"))) {
            byCode.remove(LICENCE_PREFIX);
        }
        return List.copyOf(byCode.values());
    }

    /** The licence categories on a line: "" for a licence without a category; empty without a licence word. */
    private static List<String> licences(List<Line> lines, Layout layout, Line line) {
        Matcher licence = LICENCE.matcher(line.fold);
        List<String> categories = new ArrayList<>();
        boolean found = false;
        while (licence.find()) {
            if (FORKLIFT.matcher(line.fold).region(licence.end(), line.fold.length()).lookingAt()) {
                continue;
            }
            found = true;
            categories.addAll(categoriesAfter(line, licence.end()));
            categories.addAll(categoriesBefore(line, licence.start()));
            Matcher grade = IRANIAN_GRADE.matcher(line.fold).region(licence.start(), line.fold.length());
            if (grade.find()) {
                categories.add(grade.group("grade").matches("يكم|يك|1") ? "C" : "B");
            }
        }
        if (found && categories.isEmpty() && layout.isHeading(line.index) && line.index + 1 < lines.size()) {
            categories.addAll(categoriesAfter(lines.get(line.index + 1), 0));
        }
        if (found && categories.isEmpty()) {
            categories.add("");
        }
        return categories.stream().distinct().toList();
    }

    /**
     * Categories right after a licence word, skipping words like "categorie"/"категорії"/"فئة" and separators. An
     * upper-case letter always counts; a lower-case one only first or after another category ("rijbewijs b en c").
     */
    private static List<String> categoriesAfter(Line line, int from) {
        List<String> categories = new ArrayList<>();
        Matcher token = CATEGORY_TOKEN.matcher(line.norm).region(from, line.norm.length());
        boolean first = true;
        while (token.find()) {
            String text = latinLetters(token.group());
            String fold = line.fold.substring(token.start(), token.end());
            String upper = text.toUpperCase(Locale.ROOT);
            if (CATEGORIES.contains(upper) && (text.equals(upper) || first || !categories.isEmpty())) {
                categories.add(upper);
            } else if (!FILLER.matcher(fold).matches()) {
                break;
            }
            first = false;
        }
        return categories;
    }

    /** Upper-case categories in the few words before a licence word ("B-rijbewijs", "category B driving licence"). */
    private static List<String> categoriesBefore(Line line, int to) {
        List<int[]> tokens = new ArrayList<>();
        Matcher token = CATEGORY_TOKEN.matcher(line.norm).region(0, to);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        List<String> categories = new ArrayList<>();
        int words = 0;
        for (int k = tokens.size() - 1; k >= 0 && words < MAX_WORDS_BEFORE; k--) {
            String text = latinLetters(line.norm.substring(tokens.get(k)[0], tokens.get(k)[1]));
            if (CATEGORIES.contains(text)) {
                categories.addFirst(text);
            } else if (!FILLER.matcher(line.fold.substring(tokens.get(k)[0], tokens.get(k)[1])).matches()) {
                break;
            }
            words++;
        }
        return categories;
    }

    /** Maps Cyrillic capitals that look like Latin licence letters (А, В, С, Е, Д, М) to Latin. */
    private static String latinLetters(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            sb.append(switch (c) {
                case 'А' -> 'A';
                case 'В' -> 'B';
                case 'С' -> 'C';
                case 'Е' -> 'E';
                case 'Д' -> 'D';
                case 'М' -> 'M';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static void add(Map<String, Certificate> byCode, String code, String evidence) {
        byCode.putIfAbsent(code, new Certificate(code, LABELS.get(code), evidence));
    }

    private static Rule rule(String code, Scope scope, String... alternatives) {
        return new Rule(code, fold(alternatives), scope);
    }

    /** A pattern of folded alternatives (regex fragments) as whole words. */
    private static Pattern fold(String... alternatives) {
        StringBuilder sb = new StringBuilder();
        for (String alternative : alternatives) {
            sb.append(sb.isEmpty() ? "" : "|").append(CvText.foldPattern(alternative));
        }
        return Pattern.compile(CvText.LEFT + "(?:" + sb + ")" + CvText.RIGHT);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("VCA_BASIS", "VCA Basis / Basic safety certificate (VCA)");
        labels.put("VCA_VOL", "VOL-VCA / Safety certificate for supervisors (VCA)");
        labels.put("VCA", "VCA (niveau onbekend) / Safety certificate VCA (level unknown)");
        labels.put("FORKLIFT", "Heftruckcertificaat / Forklift certificate");
        labels.put("REACH_TRUCK", "Reachtruckcertificaat / Reach truck certificate");
        labels.put("CODE_95", "Code 95 (vakbekwaamheid chauffeur) / Driver CPC (code 95)");
        labels.put("BHV", "BHV / Company emergency response officer");
        labels.put("EHBO", "EHBO / First aid");
        labels.put("HACCP", "HACCP / Food safety (HACCP)");
        labels.put("SOCIAL_HYGIENE", "Sociale Hygiëne / Social hygiene (hospitality)");
        labels.put("SVH", "SVH-diploma / Hospitality certificate (SVH)");
        labels.put("NT2", "Staatsexamen NT2 / State exam Dutch as a second language");
        labels.put("ADR", "ADR (gevaarlijke stoffen) / ADR dangerous goods");
        labels.put("WELDING", "Lascertificaat / Welding certificate");
        labels.put("NEN3140", "NEN 3140 (elektrotechniek) / NEN 3140 electrical safety");
        labels.put("BIG", "BIG-registratie / BIG register (Dutch healthcare)");
        labels.put(LICENCE_PREFIX, "Rijbewijs (categorie onbekend) / Driving licence (category unknown)");
        for (String category : CATEGORIES) {
            labels.put(LICENCE_PREFIX + "_" + category, "Rijbewijs " + category + " / Driving licence " + category);
        }
        return Map.copyOf(labels);
    }
}

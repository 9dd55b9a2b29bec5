package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.werkbrug.cv.internal.CvSections.Layout;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvStructure.SpokenLanguage;
import nl.werkbrug.cv.internal.CvText.Line;
import org.jspecify.annotations.Nullable;

/**
 * Finds the languages a person speaks and at what level.
 *
 * <p>Language names are known in Dutch, English, Arabic, Ukrainian, Russian and Farsi (Cyrillic names by stem, so
 * "англійська", "англійською" and "английский" all match). A language counts when it is on a line of a languages
 * section or after a label like "Talen:", or anywhere together with a level, so "Dutch company" is not a language
 * skill. The level is read from the words after the name (up to the next name), else from the few words before it,
 * else, in a languages section, from a short next line:
 * <ul>
 *   <li>an explicit CEFR level (also in Cyrillic letters: "В2"); "A2/B1" and other pairs give the lower one;</li>
 *   <li>mother tongue ("moedertaal", "native", "اللغة الأم", "рідна", "родной", "زبان مادری") gives native and C2;</li>
 *   <li>words: fluent/excellent ("vloeiend", "متقن", "вільно", "свободно", "روان") C1; good ("goed", "جيد",
 *       "добре", "хорошо", "خوب") B2; intermediate or reasonable ("redelijk", "متوسط", "середній", "средний") B1;
 *       basic ("basis", "أساسي", "базовий", "базовый") A2; beginner ("مبتدئ", "початковий", "начальный", "مبتدی")
 *       A1; when several are given the lowest counts;</li>
 *   <li>Dutch integration exams: "Staatsexamen NT2 programma I" B1, "programma II" B2, "inburgeringsexamen" A2;
 *       these imply Dutch even when the language is not named.</li>
 * </ul>
 * Dari has no ISO 639-1 code of its own and is reported as "fa".
 */
final class CvLanguages {

    private static final String[] CEFR = {"A1", "A2", "B1", "B2", "C1", "C2"};
    private static final int A1 = 0;
    private static final int A2 = 1;
    private static final int B1 = 2;
    private static final int B2 = 3;
    private static final int C1 = 4;
    private static final int C2 = 5;
    private static final int NATIVE = 6;
    private static final Pattern ARABIC_ADJECTIVE = Pattern.compile(".*[\\u0621-\\u064A]");
    private static final int WORDS_AFTER_IN_CONTEXT = 8;
    private static final int WORDS_AFTER = 5;
    private static final int WORDS_BEFORE = 3;
    private static final int MAX_LEVEL_LINE = 30;

    private static final CvPhrases<String> NAMES = names();
    private static final Pattern CEFR_LEVEL = Pattern.compile(CvText.LEFT + "([abcавс])([12])(?![\\p{N}])");
    private static final Pattern DUTCH_EXAM = Pattern.compile(
            CvText.LEFT + "(?:nt2|staatsexamen|inburgeringsexamen|inburgering)" + CvText.RIGHT);
    private static final List<Map.Entry<Pattern, Integer>> LEVEL_WORDS = levelWords();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private CvLanguages() {
    }

    private record Mention(int start, int end, String code) {
    }

    static List<SpokenLanguage> find(List<Line> lines, Layout layout) {
        Map<String, SpokenLanguage> byCode = new LinkedHashMap<>();
        for (Line line : lines) {
            if (layout.isHeading(line.index) || line.isBlank()) {
                continue;
            }
            boolean context = layout.isAbout(line.index, Kind.LANGUAGES);
            List<Mention> mentions = mentions(line.fold);
            for (int k = 0; k < mentions.size(); k++) {
                Mention mention = mentions.get(k);
                int afterEnd = k + 1 < mentions.size() ? mentions.get(k + 1).start : line.fold.length();
                int beforeStart = k > 0 ? mentions.get(k - 1).end : 0;
                String after = firstWords(line.fold.substring(mention.end, afterEnd),
                        context ? WORDS_AFTER_IN_CONTEXT : WORDS_AFTER);
                Integer level = level(after);
                if (level == null) {
                    level = level(lastWords(line.fold.substring(beforeStart, mention.start), WORDS_BEFORE));
                }
                if (level == null && context && mentions.size() == 1) {
                    level = levelOnNextLine(lines, line.index);
                }
                if (level != null || context) {
                    merge(byCode, new SpokenLanguage(mention.code, level == null ? null : CEFR[Math.min(level, C2)],
                            level != null && level == NATIVE, line.norm.strip()));
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    private static List<Mention> mentions(String fold) {
        List<Mention> mentions = new ArrayList<>();
        for (CvPhrases.Hit<String> hit : NAMES.find(fold)) {
            mentions.add(new Mention(hit.start(), hit.end(), hit.value()));
        }
        Matcher exam = DUTCH_EXAM.matcher(fold);
        if (exam.find() && mentions.stream().noneMatch(m -> m.code.equals("nl"))) {
            mentions.add(new Mention(exam.start(), exam.start(), "nl"));
            mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        }
        return mentions;
    }

    private static @Nullable Integer levelOnNextLine(List<Line> lines, int index) {
        if (index + 1 >= lines.size()) {
            return null;
        }
        String next = lines.get(index + 1).fold.strip();
        return next.length() <= MAX_LEVEL_LINE && NAMES.find(next).isEmpty() ? level(next) : null;
    }

    /** The level in a piece of folded text: 0 (A1) … 5 (C2), {@link #NATIVE}, or null. */
    static @Nullable Integer level(String text) {
        StringBuilder rest = new StringBuilder(text);
        Integer lowestWord = null;
        for (Map.Entry<Pattern, Integer> word : LEVEL_WORDS) {
            Matcher m = word.getKey().matcher(rest);
            while (m.find()) {
                if (word.getValue() == NATIVE) {
                    return NATIVE;
                }
                lowestWord = lowestWord == null ? word.getValue() : Math.min(lowestWord, word.getValue());
                blank(rest, m.start(), m.end());
            }
        }
        Integer lowestCefr = null;
        Matcher m = CEFR_LEVEL.matcher(rest);
        while (m.find()) {
            int letter = "abc".indexOf(latin(m.group(1).charAt(0)));
            int level = letter * 2 + m.group(2).charAt(0) - '1';
            lowestCefr = lowestCefr == null ? level : Math.min(lowestCefr, level);
        }
        return lowestCefr != null ? lowestCefr : lowestWord;
    }

    private static char latin(char c) {
        return switch (c) {
            case 'а' -> 'a';
            case 'в' -> 'b';
            case 'с' -> 'c';
            default -> c;
        };
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static void merge(Map<String, SpokenLanguage> byCode, SpokenLanguage found) {
        SpokenLanguage known = byCode.get(found.code());
        if (known == null) {
            byCode.put(found.code(), found);
            return;
        }
        boolean nativeSpeaker = known.nativeSpeaker() || found.nativeSpeaker();
        String cefr = higher(known.cefr(), found.cefr());
        String evidence = known.cefr() == null && found.cefr() != null ? found.evidence() : known.evidence();
        byCode.put(found.code(), new SpokenLanguage(found.code(), nativeSpeaker ? "C2" : cefr, nativeSpeaker,
                evidence));
    }

    private static @Nullable String higher(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String firstWords(String text, int count) {
        Matcher m = WORD.matcher(text);
        int end = text.length();
        for (int n = 0; n <= count; n++) {
            if (!m.find()) {
                return text;
            }
            end = m.start();
        }
        return text.substring(0, end);
    }

    private static String lastWords(String text, int count) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts.size() <= count ? text : text.substring(starts.get(starts.size() - count));
    }

    private static List<Map.Entry<Pattern, Integer>> levelWords() {
        return List.of(
                levelWords(NATIVE, "moedertaal", "eerste taal", "native", "native speaker", "mother tongue",
                        "first language", "muttersprache", "langue maternelle", "maternelle", "anadil", "ana dili",
                        "اللغة الأم", "لغة أم", "لغتي الأم", "الأم", "اللغة الأصلية", "рідна", "рідна мова", "рідною",
                        "родной", "родной язык", "زبان مادری", "مادری", "زبان اول"),
                levelWords(B2, "programma ii", "programma 2", "program ii"),
                levelWords(B1, "programma i", "programma 1", "program i"),
                levelWords(A2, "inburgeringsexamen"),
                levelWords(C1, "zeer goed", "uitstekend", "vloeiend", "very good", "excellent", "fluent", "fluently",
                        "advanced", "proficient", "fließend", "courant", "couramment", "akıcı", "متقن", "إتقان",
                        "بطلاقة", "ممتاز", "جيد جدا", "عالي", "вільно", "вільне", "вільний", "відмінно", "дуже добре",
                        "просунутий", "свободно", "свободный", "свободное", "отлично", "очень хорошо", "продвинутый",
                        "روان", "مسلط", "عالی", "خیلی خوب", "پیشرفته"),
                levelWords(A2, "pre-intermediate", "pre intermediate"),
                levelWords(B2, "upper intermediate", "upper-intermediate", "goed", "good", "gut", "bien", "bon",
                        "bonne", "iyi", "جيد", "добре", "добрий", "добра", "вище середнього", "хорошо", "хороший",
                        "хорошее", "выше среднего", "خوب"),
                levelWords(B1, "redelijk", "gemiddeld", "voldoende", "intermediate", "conversational",
                        "working knowledge", "mittel", "moyen", "orta", "متوسط", "середній", "середнє", "розмовний",
                        "средний", "разговорный"),
                levelWords(A2, "matig", "basis", "basiskennis", "een beetje", "beetje", "basic", "elementary",
                        "limited", "grundkenntnisse", "notions", "temel", "أساسي", "مقبول", "قليل", "базовий",
                        "елементарний", "зі словником", "базовый", "элементарный", "со словарем", "پایه", "مقدماتی"),
                levelWords(A1, "beginner", "beginnend", "starter", "anfänger", "débutant", "başlangıç", "مبتدئ",
                        "ضعيف", "початковий", "начальный", "مبتدی"));
    }

    /** A pattern for level words; Arabic words also match with the feminine ending (جيد, جيدة). */
    private static Map.Entry<Pattern, Integer> levelWords(int level, String... phrases) {
        String[] withFeminine = Arrays.stream(phrases)
                .flatMap(p -> ARABIC_ADJECTIVE.matcher(p).matches() ? Stream.of(p, p + "ة") : Stream.of(p))
                .toArray(String[]::new);
        return Map.entry(Pattern.compile(CvText.LEFT + "(?:" + CvText.alternation(withFeminine) + ")"
                + CvText.RIGHT), level);
    }

    private static CvPhrases<String> names() {
        CvPhrases.Builder<String> b = CvPhrases.builder();
        b.add("nl", "nederlands", "dutch", "hollands", "vlaams", "néerlandais", "niederländisch", "felemenkçe",
                "hollandaca", "هلندی").add("nl", arabic("هولندي")).stems("nl", "нідерланд", "нидерланд", "голланд");
        b.add("en", "engels", "english", "anglais", "englisch", "ingilizce", "انگلیسی")
                .add("en", arabic("انجليزي", "انكليزي")).stems("en", "англ");
        b.add("ar", "arabisch", "arabic", "arabe", "arapça", "عربی").add("ar", arabic("عربي")).stems("ar", "араб");
        b.add("fa", "farsi", "perzisch", "persian", "persan", "persisch", "farsça", "فارسی", "dari", "دری", "дарі",
                "дари").add("fa", arabic("فارسي")).stems("fa", "перськ", "персидск", "фарс");
        b.add("ps", "pashto", "pasjtoe", "pashtu", "pushto", "pachto", "پشتو", "пушту", "пашто")
                .add("ps", arabic("بشتو", "بشتوني"));
        b.add("ti", "tigrinya", "tigrinja", "tigrinia", "tigrigna", "tigriniya", "eritrees", "eritrean", "ትግርኛ",
                "тигринья", "тигриня", "تیگرینیا").add("ti", arabic("تغريني", "تيغريني"));
        b.add("am", "amhaars", "amharic", "amharique", "amharisch", "አማርኛ", "امهری").add("am", arabic("أمهري"))
                .stems("am", "амхар");
        b.add("so", "somalisch", "somali", "soomaali", "somalien", "سومالیایی", "سومالی").add("so", arabic("صومالي"))
                .stems("so", "сомал");
        b.add("uk", "oekraïens", "ukrainian", "ukrainien", "ukrainisch", "ukraynaca", "اوکراینی")
                .add("uk", arabic("أوكراني")).stems("uk", "українськ", "украинск");
        b.add("ru", "russisch", "russian", "russe", "rusça", "روسی").add("ru", arabic("روسي"))
                .stems("ru", "російськ", "русск");
        b.add("tr", "turks", "turkish", "turc", "türkisch", "türkçe", "ترکی").add("tr", arabic("تركي"))
                .stems("tr", "турецьк", "турецк");
        b.add("ku", "koerdisch", "kurdish", "kurmanji", "sorani", "kurde", "kurdisch", "kürtçe", "kurdî", "کردی")
                .add("ku", arabic("كردي")).stems("ku", "курдськ", "курдск");
        b.add("fr", "frans", "french", "français", "französisch", "fransızca", "فرانسوی").add("fr", arabic("فرنسي"))
                .stems("fr", "французьк", "французск");
        b.add("de", "duits", "german", "allemand", "deutsch", "almanca", "آلمانی").add("de", arabic("ألماني"))
                .stems("de", "німецьк", "немецк");
        b.add("es", "spaans", "spanish", "espagnol", "spanisch", "español", "ispanyolca", "اسپانیایی")
                .add("es", arabic("إسباني")).stems("es", "іспанськ", "испанск");
        b.add("pl", "pools", "polish", "polonais", "polnisch", "lehçe", "لهستانی").add("pl", arabic("بولندي"))
                .stems("pl", "польськ", "польск");
        b.add("it", "italiaans", "italian", "italien", "italienisch", "ایتالیایی").add("it", arabic("إيطالي"))
                .stems("it", "італійськ", "итальянск");
        b.add("pt", "portugees", "portuguese", "portugais", "portugiesisch", "پرتغالی").add("pt", arabic("برتغالي"))
                .stems("pt", "португальськ", "португальск");
        b.add("ur", "urdu", "oerdoe", "урду", "اردو", "أوردو");
        return b.build();
    }

    /** An Arabic adjective with and without the article and the feminine ending: عربي, العربي, عربية, العربية. */
    private static String[] arabic(String... bases) {
        return Arrays.stream(bases)
                .flatMap(base -> Stream.of(base, "ال" + base, base + "ة", "ال" + base + "ة"))
                .toArray(String[]::new);
    }
}

package nl.werkbrug.cv.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvStructure.Section;
import nl.werkbrug.cv.internal.CvText.Line;
import org.jspecify.annotations.Nullable;

/**
 * Finds section headings in Dutch, English, Arabic, Ukrainian, Russian and Farsi (with German, French and Turkish
 * extras). A heading is a short line that, folded and without bullets, numbering and a trailing colon, is a known
 * heading phrase, or a few of them joined by "and"/"&"/"/" or by a column gap. A line "Talen: Arabisch, Engels"
 * does not start a section but is labelled as being about languages.
 */
final class CvSections {

    private static final int MAX_HEADING_LENGTH = 60;
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\\p{P}\\p{S}\\d]+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+$");
    private static final Pattern INNER_NOISE = Pattern.compile("['()\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}|\\t+|\\s\\|\\s");
    private static final Pattern CONJUNCTION = Pattern.compile(
            " (?:en|and|und|et|ve|и|і|та|й|و) |\\s*[&/,+]\\s*| (?=وال)");
    private static final Map<String, Kind> HEADINGS = headings();

    private CvSections() {
    }

    /** The sections of a text and, per line, the kind of section it is in and the kind its inline label names. */
    static final class Layout {
        private final List<Section> sections;
        private final @Nullable Kind[] lineKinds;
        private final boolean[] headingLines;
        private final @Nullable Kind[] labels;

        private Layout(List<Section> sections, @Nullable Kind[] lineKinds, boolean[] headingLines,
                       @Nullable Kind[] labels) {
            this.sections = List.copyOf(sections);
            this.lineKinds = lineKinds;
            this.headingLines = headingLines;
            this.labels = labels;
        }

        List<Section> sections() {
            return sections;
        }

        /** The kind of the section the line is in, or null when there are no headings before it. */
        @Nullable Kind kindOf(int line) {
            return lineKinds[line];
        }

        boolean isHeading(int line) {
            return headingLines[line];
        }

        /** Whether the line is in a section of that kind or starts with a label of that kind ("Talen: …"). */
        boolean isAbout(int line, Kind kind) {
            return lineKinds[line] == kind || labels[line] == kind;
        }

        boolean has(Kind kind) {
            return sections.stream().anyMatch(s -> s.kind() == kind);
        }
    }

    static Layout detect(List<Line> lines) {
        int count = lines.size();
        @Nullable Kind[] lineKinds = new Kind[count];
        boolean[] headingLines = new boolean[count];
        @Nullable Kind[] labels = new Kind[count];
        List<Integer> starts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        for (Line line : lines) {
            Kind kind = headingKind(line.fold);
            if (kind != null) {
                headingLines[line.index] = true;
                starts.add(line.index);
                kinds.add(kind);
            } else {
                labels[line.index] = labelKind(line.fold);
            }
        }
        List<Section> sections = new ArrayList<>();
        if (!starts.isEmpty() && lastNonBlank(lines, 0, starts.getFirst() - 1) >= 0) {
            int end = lastNonBlank(lines, 0, starts.getFirst() - 1);
            sections.add(new Section(Kind.PERSONAL, "", 0, end));
            fill(lineKinds, 0, end, Kind.PERSONAL);
        }
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int limit = k + 1 < starts.size() ? starts.get(k + 1) - 1 : count - 1;
            int end = Math.max(start, lastNonBlank(lines, start, limit));
            sections.add(new Section(kinds.get(k), lines.get(start).original.strip(), start, end));
            fill(lineKinds, start, limit, kinds.get(k));
        }
        return new Layout(sections, lineKinds, headingLines, labels);
    }

    /** The kind of heading a (folded) line is, or null when it is not a heading. */
    static @Nullable Kind headingKind(String fold) {
        String stripped = fold.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        String[] columns = COLUMN_GAP.split(stripped);
        if (columns.length > 1) {
            return allHeadings(columns);
        }
        String cleaned = clean(stripped);
        if (cleaned.isEmpty() || cleaned.length() > MAX_HEADING_LENGTH) {
            return null;
        }
        Kind kind = HEADINGS.get(cleaned);
        return kind != null ? kind : allHeadings(CONJUNCTION.split(cleaned));
    }

    private static @Nullable Kind allHeadings(String[] parts) {
        Kind first = null;
        for (String part : parts) {
            String cleaned = clean(part);
            if (cleaned.isEmpty()) {
                continue;
            }
            Kind kind = HEADINGS.get(cleaned);
            if (kind == null && cleaned.startsWith("وال")) {
                kind = HEADINGS.get(cleaned.substring(1));
            }
            if (kind == null) {
                return null;
            }
            first = first == null ? kind : first;
        }
        return first;
    }

    private static @Nullable Kind labelKind(String fold) {
        int colon = fold.indexOf(':');
        if (colon <= 0 || colon > MAX_HEADING_LENGTH || fold.substring(colon + 1).isBlank()) {
            return null;
        }
        return HEADINGS.get(clean(fold.substring(0, colon)));
    }

    private static String clean(String fold) {
        String s = LEADING_NOISE.matcher(fold).replaceAll("");
        s = TRAILING_NOISE.matcher(s).replaceAll("");
        s = INNER_NOISE.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static int lastNonBlank(List<Line> lines, int from, int to) {
        for (int i = to; i >= from; i--) {
            if (!lines.get(i).original.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static void fill(@Nullable Kind[] kinds, int from, int to, Kind kind) {
        for (int i = from; i <= to; i++) {
            kinds[i] = kind;
        }
    }

    private static Map<String, Kind> headings() {
        Map<String, Kind> map = new HashMap<>();
        put(map, Kind.PERSONAL, "personalia", "persoonlijke gegevens", "persoonsgegevens", "contactgegevens",
                "contact", "gegevens", "contact information", "contact details", "contact info", "personal details",
                "personal information", "personal data", "personal info", "البيانات الشخصية", "المعلومات الشخصية",
                "معلومات شخصية", "بيانات شخصية", "معلومات الاتصال", "بيانات الاتصال", "التواصل", "особисті дані",
                "особиста інформація", "персональні дані", "контакти", "контактна інформація", "личные данные",
                "личная информация", "персональные данные", "контакты", "контактная информация", "اطلاعات شخصی",
                "مشخصات فردی", "مشخصات شخصی", "اطلاعات تماس", "persönliche daten", "persönliche angaben", "kontakt",
                "informations personnelles", "coordonnées", "état civil", "kişisel bilgiler", "iletişim");
        put(map, Kind.PROFILE, "profiel", "persoonlijk profiel", "over mij", "samenvatting", "doel", "profile",
                "summary", "professional summary", "about me", "objective", "career objective", "personal profile",
                "نبذة", "نبذة عني", "نبذة شخصية", "الملف الشخصي", "الهدف الوظيفي", "ملخص", "про себе", "про мене",
                "профіль", "мета", "кар'єрна мета", "о себе", "обо мне", "профиль", "цель", "درباره من", "خلاصه",
                "معرفی", "هدف شغلی", "profil", "über mich", "kurzprofil", "à propos de moi", "hakkımda", "özet");
        put(map, Kind.EXPERIENCE, "werkervaring", "arbeidsverleden", "werkgeschiedenis", "ervaring",
                "relevante werkervaring", "loopbaan", "stages", "stage", "vrijwilligerswerk", "work experience",
                "experience", "professional experience", "employment history", "employment", "work history",
                "career history", "relevant experience", "volunteer experience", "volunteering", "internships",
                "الخبرات العملية", "الخبرة العملية", "الخبرة المهنية", "الخبرات المهنية", "الخبرات", "الخبرة",
                "الخبرات الوظيفية", "الخبرة الوظيفية", "السجل الوظيفي", "الخبرات السابقة", "досвід роботи",
                "трудовий досвід", "професійний досвід", "досвід", "опыт работы", "трудовой опыт",
                "профессиональный опыт", "опыт", "سوابق کاری", "تجربه کاری", "تجربیات کاری", "سابقه کاری",
                "سوابق شغلی", "سابقه شغلی", "تجارب کاری", "berufserfahrung", "beruflicher werdegang",
                "expérience professionnelle", "expériences professionnelles", "iş deneyimi", "deneyim");
        put(map, Kind.EDUCATION, "opleiding", "opleidingen", "opleiding(en)", "opleidingen en cursussen",
                "onderwijs", "scholing", "education", "education and training", "academic background",
                "qualifications", "academic qualifications", "التعليم", "المؤهلات العلمية", "المؤهل العلمي",
                "المؤهلات الدراسية", "التحصيل العلمي", "الدراسة", "المؤهلات", "освіта", "навчання", "образование",
                "تحصیلات", "سوابق تحصیلی", "تحصیلات دانشگاهی", "مدارک تحصیلی", "ausbildung", "bildung",
                "bildungsweg", "formation", "études", "eğitim");
        put(map, Kind.LANGUAGES, "talen", "taal", "taalvaardigheid", "taalvaardigheden", "talenkennis", "languages",
                "language skills", "language", "اللغات", "المهارات اللغوية", "اللغة", "мови", "мовні навички",
                "знання мов", "володіння мовами", "языки", "знание языков", "языковые навыки", "владение языками",
                "زبان‌ها", "زبانها", "زبان", "مهارت‌های زبانی", "sprachen", "sprachkenntnisse", "langues",
                "compétences linguistiques", "diller", "yabancı dil");
        put(map, Kind.SKILLS, "vaardigheden", "competenties", "kwaliteiten", "kennis", "skills",
                "computervaardigheden", "ict-vaardigheden", "technical skills", "key skills", "core competencies",
                "competences", "competencies", "computer skills", "soft skills", "المهارات", "مهارات",
                "المهارات الحاسوبية", "المهارات التقنية", "المهارات الشخصية", "навички", "навыки", "вміння", "уміння",
                "ключові навички", "професійні навички", "ключевые навыки", "профессиональные навыки", "компетенції",
                "компетенции", "مهارت‌ها", "مهارتها", "مهارت‌های فنی", "مهارت‌های کامپیوتری", "fähigkeiten",
                "kenntnisse", "kompetenzen", "compétences", "yetenekler", "beceriler");
        put(map, Kind.CERTIFICATES, "certificaten", "diploma's", "cursussen", "trainingen", "rijbewijs",
                "certificates", "certifications", "certificate", "licenses", "licences", "courses", "training",
                "trainings", "driving licence", "driving license", "الشهادات", "الدورات", "الدورات التدريبية",
                "رخصة القيادة", "сертифікати", "курси", "посвідчення", "сертификаты", "курсы",
                "водительское удостоверение", "گواهینامه‌ها", "گواهینامه", "دوره‌ها", "دوره‌های آموزشی", "مدارک",
                "zertifikate", "weiterbildung", "führerschein", "certificats", "sertifikalar", "kurslar", "ehliyet");
        put(map, Kind.OTHER, "hobby's", "hobbies", "interesses", "interests", "referenties", "references",
                "nevenactiviteiten", "overig", "overige", "additional information", "activities", "الهوايات",
                "هوايات", "المراجع", "معلومات إضافية", "хобі", "захоплення", "інтереси", "рекомендації", "хобби",
                "увлечения", "интересы", "рекомендации", "سرگرمی‌ها", "علاقه‌مندی‌ها", "hobbys", "interessen",
                "loisirs", "centres d'intérêt", "hobiler", "referanslar");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Kind> map, Kind kind, String... phrases) {
        for (String phrase : phrases) {
            map.putIfAbsent(clean(CvText.fold(phrase)), kind);
        }
    }
}

package nl.werkbrug.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import nl.werkbrug.cv.internal.CvStructure.Certificate;
import nl.werkbrug.cv.internal.CvStructure.Contact;
import nl.werkbrug.cv.internal.CvStructure.Contact.Type;
import nl.werkbrug.cv.internal.CvStructure.DateRange;
import nl.werkbrug.cv.internal.CvStructure.Education;
import nl.werkbrug.cv.internal.CvStructure.Experience;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvStructure.Script;
import nl.werkbrug.cv.internal.CvStructure.Section;
import nl.werkbrug.cv.internal.CvStructure.SpokenLanguage;
import org.junit.jupiter.api.Test;

/**
 * Whole fictional CVs (under {@code src/test/resources/cv-text}) in Dutch, English, Arabic, Ukrainian, Farsi and
 * Russian, plus a two-column layout and a CV without headings.
 */
class CvStructureExtractorTest {

    static final YearMonth NOW = YearMonth.of(2025, 6);

    private final CvStructureExtractor extractor = new CvStructureExtractor();

    static String cv(String name) {
        try (InputStream in = CvStructureExtractorTest.class.getResourceAsStream("/cv-text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test CV " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void dutchCv() {
        CvStructure cv = extractor.extract(cv("nl-orderpicker.txt"), "nl", NOW);

        assertThat(cv.script().dominant()).isEqualTo(Script.LATIN);
        assertThat(cv.sections()).extracting(Section::kind).containsExactly(Kind.PERSONAL, Kind.PERSONAL,
                Kind.PROFILE, Kind.EXPERIENCE, Kind.EDUCATION, Kind.LANGUAGES, Kind.CERTIFICATES, Kind.OTHER);
        assertThat(cv.sections()).extracting(Section::heading, Section::startLine, Section::endLine)
                .contains(tuple("Personalia", 2, 10), tuple("Werkervaring", 15, 25), tuple("Opleiding(en)", 27, 29));
        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months, Experience::line)
                .containsExactly(
                        tuple("Orderpicker", "Bol.com", YearMonth.of(2021, 3), null, 52, 16),
                        tuple("Vrijwilliger keuken", "COA Zeist", YearMonth.of(2018, 1), YearMonth.of(2020, 12), 36,
                                21),
                        tuple("Magazijnmedewerker", "Asmara Trading", YearMonth.of(2013, 1), YearMonth.of(2017, 6), 54,
                                24));
        assertThat(cv.experience().get(2).evidence())
                .isEqualTo("Magazijnmedewerker / Asmara Trading, Asmara / 01/2013 - 06/2017");
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ti", "C2", true), tuple("nl", "B1", false), tuple("en", "B1", false),
                        tuple("ar", null, false));
        assertThat(cv.education())
                .extracting(Education::iscedLevel, Education::field, Education::country, Education::from,
                        Education::to)
                .containsExactly(
                        tuple(3, "Logistiek medewerker", "NL", YearMonth.of(2021, 1), YearMonth.of(2023, 12)),
                        tuple(3, null, "ER", YearMonth.of(2006, 1), YearMonth.of(2012, 12)));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly("DRIVING_LICENCE_B", "NT2",
                "VCA_BASIS", "FORKLIFT", "DRIVING_LICENCE_C");
        assertThat(cv.certificates().getFirst().label()).isEqualTo("Rijbewijs B / Driving licence B");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value).containsExactly(
                tuple(Type.OTHER_PERSONAL, "Yonas Tesfay"),
                tuple(Type.ADDRESS, "Lindelaan 14, 3701 AB Zeist"),
                tuple(Type.POSTCODE, "3701 AB"),
                tuple(Type.PHONE, "06-12345678"),
                tuple(Type.EMAIL, "yonas.tesfay@example.nl"),
                tuple(Type.DATE_OF_BIRTH, "14-02-1994"),
                tuple(Type.NATIONALITY, "Eritrese"),
                tuple(Type.OTHER_PERSONAL, "ongehuwd"));
        assertThat(cv.dates()).extracting(d -> d.from().getYear()).doesNotContain(1994);
        assertThat(cv.redacted())
                .doesNotContain("Yonas", "Lindelaan", "3701 AB", "06-12345678", "yonas.tesfay@example.nl",
                        "14-02-1994", "Nationaliteit", "Eritrese", "ongehuwd")
                .contains("Telefoon: " + CvStructure.REDACTION, "Orderpicker bij Bol.com, Waalwijk", "Rijbewijs: B");
        assertThat(cv.redacted().split("\n", -1)).hasSameSizeAs(cv("nl-orderpicker.txt").split("\\R", -1));
        assertThat(cv.latinTerms()).isEmpty();
    }

    @Test
    void englishCv() {
        CvStructure cv = extractor.extract(cv("en-engineer.txt"), "en", NOW);

        assertThat(cv.sections()).extracting(Section::kind).containsExactly(Kind.PERSONAL, Kind.PROFILE,
                Kind.EXPERIENCE, Kind.EDUCATION, Kind.LANGUAGES, Kind.CERTIFICATES, Kind.SKILLS);
        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months)
                .containsExactly(
                        tuple("Warehouse Supervisor", "DHL Supply Chain", YearMonth.of(2023, 1), null, 30),
                        tuple("Site Engineer", "Aleppo Construction Co", YearMonth.of(2015, 3), YearMonth.of(2021, 12),
                                82),
                        tuple("Junior Structural Engineer", "Homs Engineering Office", YearMonth.of(2012, 1),
                                YearMonth.of(2015, 12), 48));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ar", "C2", true), tuple("en", "C1", false), tuple("nl", "A2", false));
        assertThat(cv.education())
                .extracting(Education::iscedLevel, Education::field, Education::country, Education::from)
                .containsExactly(
                        tuple(7, "Structural Engineering", "SY", YearMonth.of(2010, 1)),
                        tuple(6, "Civil Engineering", "SY", YearMonth.of(2005, 1)));
        assertThat(cv.certificates()).extracting(Certificate::code)
                .containsExactly("VCA_VOL", "DRIVING_LICENCE_B", "DRIVING_LICENCE_BE", "EHBO");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value).containsExactly(
                tuple(Type.PHONE, "+31 6 87654321"),
                tuple(Type.EMAIL, "ahmad.halabi@example.com"),
                tuple(Type.LINKEDIN, "linkedin.com/in/ahmad-halabi-example"),
                tuple(Type.DATE_OF_BIRTH, "3 March 1988"),
                tuple(Type.NATIONALITY, "Syrian"));
        assertThat(cv.redacted()).doesNotContain("87654321", "ahmad.halabi", "linkedin", "1988", "Syrian")
                .contains("Warehouse Supervisor at DHL Supply Chain");
        assertThat(cv.dates()).extracting(DateRange::snippet).containsExactly("Jan 2023 - Present",
                "03/2015 - 12/2021", "2012 - 2015", "2010-2012", "2005 - 2010", "2023");
    }

    @Test
    void arabicCvWithEasternDigits() {
        CvStructure cv = extractor.extract(cv("ar-accountant.txt"), "ar", NOW);

        assertThat(cv.script().dominant()).isEqualTo(Script.ARABIC);
        assertThat(cv.script().arabic()).isGreaterThan(cv.script().latin());
        assertThat(cv.sections()).extracting(Section::kind).containsExactly(Kind.PERSONAL, Kind.PERSONAL,
                Kind.EXPERIENCE, Kind.EDUCATION, Kind.LANGUAGES, Kind.SKILLS, Kind.CERTIFICATES);
        assertThat(cv.sections().get(1)).isEqualTo(new Section(Kind.PERSONAL, "البيانات الشخصية", 2, 8));
        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months)
                .containsExactly(
                        tuple("محاسب", "شركة الأمل للتجارة", YearMonth.of(2015, 1), YearMonth.of(2019, 12), 60),
                        tuple("سائق رافعة شوكية", "شركة النقل السريع", YearMonth.of(2020, 1), null, 66));
        assertThat(cv.dates().get(1).ongoing()).isTrue();
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ar", "C2", true), tuple("en", "B2", false), tuple("nl", "A1", false));
        assertThat(cv.education())
                .extracting(Education::iscedLevel, Education::field, Education::country, Education::from)
                .containsExactly(tuple(6, "المحاسبة", "SY", YearMonth.of(2010, 1)),
                        tuple(3, null, "SY", YearMonth.of(2009, 1)));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly("DRIVING_LICENCE_B", "HACCP");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value).containsExactly(
                tuple(Type.OTHER_PERSONAL, "محمد العلي"),
                tuple(Type.PHONE, "00963 944 123 456"),
                tuple(Type.EMAIL, "m.alali@example.com"),
                tuple(Type.DATE_OF_BIRTH, "1990/05/12"),
                tuple(Type.NATIONALITY, "سوري"),
                tuple(Type.OTHER_PERSONAL, "متزوج"));
        assertThat(cv.redacted()).doesNotContain("٠٠٩٦٣", "٩٤٤ ١٢٣", "m.alali", "١٩٩٠", "الجنسية", "متزوج", "العلي")
                .contains("الهاتف: " + CvStructure.REDACTION, "محاسب في شركة الأمل للتجارة، دمشق ٢٠١٥ - ٢٠١٩");
        assertThat(cv.latinTerms()).containsExactly("Microsoft Excel", "ERP SAP", "HACCP");
    }

    @Test
    void ukrainianCv() {
        CvStructure cv = extractor.extract(cv("uk-bookkeeper.txt"), "uk", NOW);

        assertThat(cv.script().dominant()).isEqualTo(Script.CYRILLIC);
        assertThat(cv.sections()).extracting(Section::kind).containsExactly(Kind.PERSONAL, Kind.PERSONAL,
                Kind.EXPERIENCE, Kind.EDUCATION, Kind.LANGUAGES, Kind.SKILLS, Kind.CERTIFICATES);
        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months)
                .containsExactly(
                        tuple("Бухгалтер", "ТОВ Світанок", YearMonth.of(2016, 9), null, 106),
                        tuple("Економіст", "ПАТ Укрнафта", YearMonth.of(2012, 3), YearMonth.of(2016, 8), 54));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("uk", "C2", true), tuple("en", "B2", false), tuple("nl", "A2", false),
                        tuple("ru", "C1", false));
        assertThat(cv.education())
                .extracting(Education::iscedLevel, Education::field, Education::country)
                .containsExactly(tuple(7, "фінансів", "UA"), tuple(6, "економіки", "UA"));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly("DRIVING_LICENCE_B", "EHBO");
        assertThat(cv.contacts()).extracting(Contact::type).containsExactly(Type.DATE_OF_BIRTH, Type.NATIONALITY,
                Type.PHONE, Type.EMAIL, Type.ADDRESS, Type.POSTCODE);
        assertThat(cv.redacted()).doesNotContain("21.07.1985", "Громадянство", "11223344", "olena.kovalenko",
                "Stationsweg", "3972 KA");
        assertThat(cv.latinTerms()).containsExactly("Microsoft Excel", "M.E.Doc", "SAP");
    }

    @Test
    void farsiCvWithSolarHijriYears() {
        CvStructure cv = extractor.extract(cv("fa-welder.txt"), "fa", NOW);

        assertThat(cv.sections()).extracting(Section::kind).containsExactly(Kind.PERSONAL, Kind.PERSONAL,
                Kind.EXPERIENCE, Kind.EDUCATION, Kind.LANGUAGES, Kind.SKILLS, Kind.CERTIFICATES);
        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months)
                .containsExactly(
                        tuple("جوشکار", "شرکت ایران خودرو", YearMonth.of(2013, 4), YearMonth.of(2020, 3), 84),
                        tuple("کارگر ساختمانی", "شرکت البرز", YearMonth.of(2019, 10), null, 69));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("fa", "C2", true), tuple("en", "B1", false), tuple("tr", "B2", false));
        assertThat(cv.education())
                .extracting(Education::iscedLevel, Education::field, Education::country, Education::from)
                .containsExactly(tuple(7, "مهندسی مکانیک", "IR", YearMonth.of(2011, 4)),
                        tuple(3, "ریاضی فیزیک", "AF", null));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactlyInAnyOrder("DRIVING_LICENCE_B",
                "WELDING");
        assertThat(cv.certificates()).filteredOn(c -> c.code().equals("WELDING")).extracting(Certificate::evidence)
                .containsExactly("گواهینامه جوشکاری ISO 9606");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value).contains(
                tuple(Type.PHONE, "0612345678"), tuple(Type.DATE_OF_BIRTH, "1370/05/12"),
                tuple(Type.NATIONALITY, "افغانستان"));
        assertThat(cv.dates()).extracting(DateRange::line).doesNotContain(6);
        assertThat(cv.redacted()).doesNotContain("۰۶۱۲۳۴۵۶۷۸", "۱۳۷۰", "ملیت", "متأهل");
        assertThat(cv.latinTerms()).containsExactly("CO2", "MIG/MAG", "AutoCAD", "ISO 9606");
    }

    @Test
    void russianCv() {
        CvStructure cv = extractor.extract(cv("ru-driver.txt"), "ru", NOW);

        assertThat(cv.experience())
                .extracting(Experience::title, Experience::employer, Experience::from, Experience::to,
                        Experience::months)
                .containsExactly(
                        tuple("Водитель погрузчика", "ООО Логистик", YearMonth.of(2017, 5), null, 98),
                        tuple("Кладовщик", "ООО Север", YearMonth.of(2014, 1), YearMonth.of(2017, 12), 48));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ru", "C2", true), tuple("en", "A2", false), tuple("uk", "C1", false));
        assertThat(cv.education()).extracting(Education::iscedLevel, Education::country)
                .containsExactly(tuple(5, "UA"));
        assertThat(cv.certificates()).extracting(Certificate::code)
                .containsExactly("DRIVING_LICENCE_B", "DRIVING_LICENCE_C");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value)
                .containsExactly(tuple(Type.PHONE, "+380 67 123 45 67"),
                        tuple(Type.EMAIL, "ivan.petrenko@example.com"));
    }

    @Test
    void twoColumnsJoinedByTika() {
        CvStructure cv = extractor.extract(cv("nl-two-columns.txt"), "nl", NOW);

        assertThat(cv.sections()).extracting(Section::kind)
                .containsExactly(Kind.PERSONAL, Kind.EXPERIENCE, Kind.EDUCATION);
        assertThat(cv.experience()).extracting(Experience::title, Experience::employer, Experience::months)
                .containsExactly(tuple("Schoonmaker", "Hago Nederland", 78),
                        tuple("Kassamedewerker", "Jumbo Utrecht", 36));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ar", "C2", true), tuple("so", "C1", false), tuple("nl", "A2", false));
        assertThat(cv.education()).extracting(Education::iscedLevel, Education::country)
                .containsExactly(tuple(1, "SO"));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly("DRIVING_LICENCE_B");
        assertThat(cv.contacts()).extracting(Contact::type, Contact::value)
                .containsExactly(tuple(Type.PHONE, "0612345678"));
    }

    @Test
    void cvWithoutHeadings() {
        CvStructure cv = extractor.extract(cv("nl-no-sections.txt"), "nl", NOW);

        assertThat(cv.sections()).isEmpty();
        assertThat(cv.dates()).extracting(DateRange::from, DateRange::ongoing)
                .startsWith(tuple(YearMonth.of(2022, 1), true));
        assertThat(cv.experience()).extracting(Experience::title, Experience::employer, Experience::months)
                .containsExactly(tuple("Kapper", "Salon Noor", 72),
                        tuple("Helper in de keuken", "restaurant De Linde", 24));
        assertThat(cv.education()).extracting(Education::iscedLevel, Education::field, Education::country)
                .as("the nationality on the next line is no education country")
                .containsExactly(tuple(6, "Economie", null));
        assertThat(cv.languages())
                .extracting(SpokenLanguage::code, SpokenLanguage::cefr, SpokenLanguage::nativeSpeaker)
                .containsExactly(tuple("ar", "C2", true), tuple("en", "A2", false), tuple("nl", "A2", false));
        assertThat(cv.certificates()).extracting(Certificate::code)
                .containsExactly("FORKLIFT", "DRIVING_LICENCE_B");
        assertThat(cv.contacts()).containsExactly(new Contact(Type.NATIONALITY, "Irak", 4));
        assertThat(cv.redacted().split("\n", -1)[4]).isEmpty();
    }

    @Test
    void emptyAndBlankTexts() {
        CvStructure empty = extractor.extract("", "und", NOW);
        assertThat(empty.script().dominant()).isEqualTo(Script.OTHER);
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.redacted()).isEmpty();
        assertThat(extractor.extract("\n \r\n\t", "und", NOW).redacted()).isEqualTo("\n \n\t");
    }

    @Test
    void twoArgumentExtractCountsOngoingJobsToTheCurrentMonth() {
        YearMonth before = YearMonth.now();
        CvStructure cv = extractor.extract("Werkervaring\nJan 2020 - heden Schoonmaker bij Hago", "nl");
        YearMonth after = YearMonth.now();

        assertThat(cv.experience()).singleElement().satisfies(e -> assertThat(e.months())
                .isIn(CvExperience.months(YearMonth.of(2020, 1), null, before),
                        CvExperience.months(YearMonth.of(2020, 1), null, after)));
    }

    @Test
    void isThreadSafe() {
        String text = String.join("\n", cv("nl-orderpicker.txt"), cv("en-engineer.txt"), cv("ar-accountant.txt"));
        CvStructure expected = extractor.extract(text, "und", NOW);

        List<CvStructure> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(i -> extractor.extract(text, "und", NOW)).toList();
        assertThat(parallel).allSatisfy(cv -> assertThat(cv).isEqualTo(expected));
    }
}

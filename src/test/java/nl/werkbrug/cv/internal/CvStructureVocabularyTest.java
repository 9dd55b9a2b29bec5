package nl.werkbrug.cv.internal;

import static nl.werkbrug.cv.internal.CvStructureExtractorTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import nl.werkbrug.cv.internal.CvStructure.Certificate;
import nl.werkbrug.cv.internal.CvStructure.Education;
import nl.werkbrug.cv.internal.CvStructure.Kind;
import nl.werkbrug.cv.internal.CvStructure.Section;
import nl.werkbrug.cv.internal.CvStructure.SpokenLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headings, degree words, language levels, certificate names and Latin terms across languages. */
class CvStructureVocabularyTest {

    private final CvStructureExtractor extractor = new CvStructureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Werkervaring                | EXPERIENCE
            ARBEIDSVERLEDEN:            | EXPERIENCE
            Work experience             | EXPERIENCE
            Employment History          | EXPERIENCE
            الخبرات العملية              | EXPERIENCE
            الخبرة المهنية:              | EXPERIENCE
            Досвід роботи               | EXPERIENCE
            ОПЫТ РАБОТЫ                 | EXPERIENCE
            سوابق کاری                  | EXPERIENCE
            تجربه کاری                  | EXPERIENCE
            Opleiding(en)               | EDUCATION
            1. Education                | EDUCATION
            التعليم                      | EDUCATION
            المؤهلات العلمية             | EDUCATION
            Освіта                      | EDUCATION
            Образование                 | EDUCATION
            تحصیلات                     | EDUCATION
            Talen                       | LANGUAGES
            Languages:                  | LANGUAGES
            اللغات                       | LANGUAGES
            Мови                        | LANGUAGES
            Мовні навички               | LANGUAGES
            Языки                       | LANGUAGES
            زبان‌ها                      | LANGUAGES
            زبانها                      | LANGUAGES
            Vaardigheden                | SKILLS
            Skills                      | SKILLS
            Competenties                | SKILLS
            المهارات                     | SKILLS
            Навички                     | SKILLS
            مهارت‌ها                     | SKILLS
            Certificaten                | CERTIFICATES
            Diploma's en certificaten   | CERTIFICATES
            Rijbewijs                   | CERTIFICATES
            Certificates                | CERTIFICATES
            Licenses                    | CERTIFICATES
            الشهادات                     | CERTIFICATES
            Сертифікати                 | CERTIFICATES
            گواهینامه‌ها                 | CERTIFICATES
            Personalia                  | PERSONAL
            Persoonlijke gegevens       | PERSONAL
            ■ Contact                   | PERSONAL
            البيانات الشخصية             | PERSONAL
            Особисті дані               | PERSONAL
            Контакти                    | PERSONAL
            اطلاعات شخصی                | PERSONAL
            Profiel                     | PROFILE
            Over mij                    | PROFILE
            Summary                     | PROFILE
            Profile                     | PROFILE
            نبذة                         | PROFILE
            Про себе                    | PROFILE
            درباره من                   | PROFILE
            Hobby's                     | OTHER
            Skills & Languages          | SKILLS
            """)
    void recognisesHeadings(String heading, Kind kind) {
        CvStructure cv = extractor.extract(heading + "\nsome text", "und", NOW);

        assertThat(cv.sections()).containsExactly(new Section(kind, heading, 0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Contact met klanten", "Ervaring met heftruck rijden", "Skills in Excel and Word",
        "Talen leren is mijn hobby"})
    void linesThatOnlyStartLikeAHeadingAreNoHeadings(String line) {
        assertThat(extractor.extract(line + "\nsome text", "und", NOW).sections()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Basisschool De Regenboog               | 1
            Primary school, Kabul                  | 1
            المرحلة الابتدائية                      | 1
            دبستان                                 | 1
            VMBO kader                             | 2
            MBO 1 Entree                           | 2
            المرحلة المتوسطة                        | 2
            MBO 4 Verzorgende IG                   | 3
            HAVO                                   | 3
            High school diploma                    | 3
            الشهادة الثانوية العامة                 | 3
            البكالوريا السورية                      | 3
            Середня школа № 5                      | 3
            Атестат про повну загальну середню освіту | 3
            دیپلم ریاضی                            | 3
            Associate degree Logistiek             | 5
            کاردانی برق                            | 5
            Молодший бакалавр                      | 5
            Bachelor Bedrijfskunde                 | 6
            HBO Verpleegkunde                      | 6
            ليسانس في الحقوق                        | 6
            Бакалавр                               | 6
            کارشناسی حسابداری                      | 6
            Master of Science                      | 7
            WO-master Rechten                      | 7
            MA English Literature                  | 7
            ماجستير في إدارة الأعمال                | 7
            Магістр                                | 7
            Магистр                                | 7
            کارشناسی ارشد مهندسی عمران             | 7
            فوق لیسانس                             | 7
            PhD in Chemistry                       | 8
            دكتوراه في الطب                         | 8
            Кандидат наук                          | 8
            دکتری                                  | 8
            """)
    void givesIscedLevels(String line, int level) {
        CvStructure cv = extractor.extract("Opleiding\n" + line, "und", NOW);

        assertThat(cv.education()).extracting(Education::iscedLevel).containsExactly(level);
    }

    @Test
    void readsFieldsAndCountries() {
        CvStructure cv = extractor.extract("""
                Education
                Bachelor of Arts in Political Science, Kabul University, 2010 - 2014
                MSc Computer Science
                University of Tehran
                ماجستير في الهندسة المدنية - جامعة حلب
                Диплом спеціаліста за спеціальністю «Фінанси», Одеса
                کارشناسی ارشد، رشته حسابداری، هرات
                Bachelor Bedrijfskunde, Hogeschool Utrecht
                """, "und", NOW);

        assertThat(cv.education()).extracting(Education::iscedLevel, Education::field, Education::country,
                Education::line).containsExactly(
                        tuple(6, "Arts in Political Science", "AF", 1),
                        tuple(7, "Computer Science", "IR", 2),
                        tuple(7, "الهندسة المدنية", "SY", 4),
                        tuple(7, "Фінанси", "UA", 5),
                        tuple(7, "حسابداری", "AF", 6),
                        tuple(6, "Bedrijfskunde", "NL", 7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nederlands: B1-niveau                  | nl | B1 | false
            Engels (niveau A2)                     | en | A2 | false
            Nederlands A2/B1                       | nl | A2 | false
            Arabisch - moedertaal                  | ar | C2 | true
            English - mother tongue                | en | C2 | true
            Dari: native                           | fa | C2 | true
            Pashto (vloeiend)                      | ps | C1 | false
            Tigrinya: goed                         | ti | B2 | false
            Amharic - basic                        | am | A2 | false
            Somali: intermediate                   | so | B1 | false
            Koerdisch: redelijk                    | ku | B1 | false
            Turks: beginner                        | tr | A1 | false
            Frans: B2                              | fr | B2 | false
            Duits - basis                          | de | A2 | false
            Spaans: C1                             | es | C1 | false
            Pools                                  | pl |    | false
            Nederlands: Staatsexamen NT2 programma II | nl | B2 | false
            Nederlands: inburgeringsexamen behaald | nl | A2 | false
            اللغة العربية: اللغة الأم               | ar | C2 | true
            الإنجليزية: متقن                        | en | C1 | false
            الفرنسية: جيدة                          | fr | B2 | false
            الكردية: متوسط                          | ku | B1 | false
            التركية: مبتدئ                          | tr | A1 | false
            Українська – рідна                     | uk | C2 | true
            Англійською — вільно                   | en | C1 | false
            Німецька – добре                       | de | B2 | false
            Польська – середній рівень             | pl | B1 | false
            Англійська – початковий                | en | A1 | false
            Русский — родной                       | ru | C2 | true
            Английский — свободно                  | en | C1 | false
            Немецкий — хорошо                      | de | B2 | false
            Английский язык: средний               | en | B1 | false
            Английский: В2                         | en | B2 | false
            فارسی: زبان مادری                      | fa | C2 | true
            انگلیسی: روان                          | en | C1 | false
            ترکی: خوب                              | tr | B2 | false
            آلمانی: متوسط                          | de | B1 | false
            عربی: مبتدی                            | ar | A1 | false
            """)
    void readsLanguageLevels(String line, String code, String cefr, boolean nativeSpeaker) {
        CvStructure cv = extractor.extract("Talen\n" + line, "und", NOW);

        assertThat(cv.languages()).extracting(SpokenLanguage::code, SpokenLanguage::cefr,
                SpokenLanguage::nativeSpeaker).containsExactly(tuple(code, cefr, nativeSpeaker));
    }

    @Test
    void readsLanguagesOutsideALanguageSectionOnlyWithALevel() {
        CvStructure cv = extractor.extract("""
                Profiel
                Ik werkte vijf jaar voor een Dutch company en een Turks bedrijf.
                Ik spreek vloeiend Engels en mijn Nederlands is B1.
                NT2 B1 behaald in 2023
                """, "nl", NOW);

        assertThat(cv.languages()).extracting(SpokenLanguage::code, SpokenLanguage::cefr)
                .containsExactly(tuple("en", "C1"), tuple("nl", "B1"));
    }

    @Test
    void mergesMentionsOfOneLanguage() {
        CvStructure cv = extractor.extract("Talen\nNederlands A2\nDari (moedertaal), Farsi\n"
                + "Certificaten\nStaatsexamen NT2 programma I (2024)", "und", NOW);

        assertThat(cv.languages()).extracting(SpokenLanguage::code, SpokenLanguage::cefr,
                SpokenLanguage::nativeSpeaker).containsExactly(tuple("nl", "B1", false), tuple("fa", "C2", true));
        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly("NT2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VCA Basis                                 | VCA_BASIS
            B-VCA behaald                             | VCA_BASIS
            VOL-VCA                                   | VCA_VOL
            VCA-certificaat                           | VCA
            Heftruckcertificaat                       | FORKLIFT
            Certificaat vorkheftruck                  | FORKLIFT
            شهادة رافعة شوكية                         | FORKLIFT
            Посвідчення водія автонавантажувача      | FORKLIFT
            گواهینامه لیفتراک                          | FORKLIFT
            Reachtruck                                | REACH_TRUCK
            rijbewijs B                               | DRIVING_LICENCE_B
            B-rijbewijs                               | DRIVING_LICENCE_B
            rijbewijs: B, BE                          | DRIVING_LICENCE_B DRIVING_LICENCE_BE
            Rijbewijs B en C                          | DRIVING_LICENCE_B DRIVING_LICENCE_C
            Driving licence C1, D1                    | DRIVING_LICENCE_C1 DRIVING_LICENCE_D1
            Driver's license category B               | DRIVING_LICENCE_B
            رخصة قيادة فئة B                          | DRIVING_LICENCE_B
            رخصة قيادة                                | DRIVING_LICENCE
            Водійське посвідчення кат. B, C           | DRIVING_LICENCE_B DRIVING_LICENCE_C
            Посвідчення водія категорії В, Е          | DRIVING_LICENCE_B
            Водительское удостоверение категории CE   | DRIVING_LICENCE_CE
            گواهینامه رانندگی پایه یک                 | DRIVING_LICENCE_C
            گواهینامه رانندگی پایه ۲                  | DRIVING_LICENCE_B
            Rijbewijs AM                              | DRIVING_LICENCE_AM
            Code 95                                   | CODE_95
            BHV                                       | BHV
            EHBO-diploma                              | EHBO
            First aid certificate                     | EHBO
            شهادة الإسعافات الأولية                    | EHBO
            Сертифікат першої допомоги                | EHBO
            HACCP                                     | HACCP
            Sociale Hygiëne                           | SOCIAL_HYGIENE
            SVH Meesterschap                          | SVH
            Staatsexamen NT2                          | NT2
            ADR-certificaat                           | ADR
            Lascertificaat MIG/MAG                    | WELDING
            NEN-EN-ISO 9606-1                         | WELDING
            NEN 3140                                  | NEN3140
            BIG-registratie verpleegkundige           | BIG
            """)
    void readsCertificates(String line, String codes) {
        CvStructure cv = extractor.extract("Certificaten\n" + line, "und", NOW);

        assertThat(cv.certificates()).extracting(Certificate::code).containsExactly(codes.split(" "));
    }

    @Test
    void needsALicenceWordAndCertificateContext() {
        CvStructure cv = extractor.extract("""
                Werkervaring
                2019 - 2020 Medewerker afdeling B, groep C bij PostNL
                2020 - 2022 Heftruckchauffeur bij Jumbo DC
                2022 - 2023 Lasser bij Damen Shipyards
                """, "nl", NOW);

        assertThat(cv.certificates()).isEmpty();
    }

    @Test
    void collectsLatinTermsOfNonLatinText() {
        CvStructure arabic = extractor.extract("""
                المهارات
                إتقان برامج Microsoft Office وخاصة Excel و AutoCAD 2020
                خبرة في تشغيل آلات CNC وقيادة forklift
                البريد: ali@example.com، اللغة الإنجليزية B2
                """, "ar", NOW);
        CvStructure dutch = extractor.extract("Vaardigheden\nMicrosoft Office, AutoCAD", "nl", NOW);

        assertThat(arabic.latinTerms()).isEqualTo(List.of("Microsoft Office", "Excel", "AutoCAD 2020", "CNC",
                "forklift"));
        assertThat(dutch.latinTerms()).isEmpty();
    }
}

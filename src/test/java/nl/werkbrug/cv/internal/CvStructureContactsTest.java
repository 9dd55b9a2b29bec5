package nl.werkbrug.cv.internal;

import static nl.werkbrug.cv.internal.CvStructureExtractorTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;

import nl.werkbrug.cv.internal.CvStructure.Contact;
import nl.werkbrug.cv.internal.CvStructure.Contact.Type;
import nl.werkbrug.cv.internal.CvStructure.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact values and personal details: finding them, keeping them out of other outputs, and redacting them. */
class CvStructureContactsTest {

    private final CvStructureExtractor extractor = new CvStructureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tel: +31 6 12345678                | +31 6 12345678
            Mobiel: 0031 6 12345678            | 0031 6 12345678
            Bel 06-12345678 na 17 uur          | 06-12345678
            Telefoon (+31) 6 1234 5678         | (+31) 6 1234 5678
            هاتف: +963 944 123 456             | +963 944 123 456
            الجوال: ٠٩٤٤١٢٣٤٥٦                 | 0944123456
            تلفن همراه: +۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹        | +98 912 345 6789
            Телефон: +380 (67) 123-45-67        | +380 (67) 123-45-67
            """)
    void findsPhoneNumbers(String line, String phone) {
        assertThat(extractor.extract(line, "und", NOW).contacts()).extracting(Contact::type, Contact::value)
                .containsExactly(tuple(Type.PHONE, phone));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"03/2018 - 11/2020", "01-03-2019 - 30-06-2021", "2015 - 2019", "0 - 1234", "1234567890",
        "06-1234"})
    void datesAndShortNumbersAreNoPhones(String line) {
        assertThat(extractor.extract(line, "und", NOW).contacts()).isEmpty();
    }

    @Test
    void tellsAPhoneNumberFromTheDateRangeNextToIt() {
        CvStructure cv = extractor.extract("+31 6 12345678 2019 - 2022 vrijwilliger\n06-12345678 03/2018 - 11/2020",
                "nl", NOW);

        assertThat(cv.contacts()).extracting(Contact::value, Contact::line)
                .containsExactly(tuple("+31 6 12345678", 0), tuple("06-12345678", 1));
        assertThat(cv.dates()).extracting(DateRange::from, DateRange::to).containsExactly(
                tuple(YearMonth.of(2019, 1), YearMonth.of(2022, 12)),
                tuple(YearMonth.of(2018, 3), YearMonth.of(2020, 11)));
    }

    @Test
    void findsEmailUrlsPostcodeAndAddress() {
        CvStructure cv = extractor.extract("""
                Hoofdstraat 12a, 3701 AB Zeist
                sara.bakker+cv@example.org | https://portfolio.example.org/sara | linkedin.com/in/sara-b
                www.example.nl
                вул. Шевченка, 12, Київ
                """, "und", NOW);

        assertThat(cv.contacts()).extracting(Contact::type, Contact::value).containsExactly(
                tuple(Type.ADDRESS, "Hoofdstraat 12a"),
                tuple(Type.POSTCODE, "3701 AB"),
                tuple(Type.EMAIL, "sara.bakker+cv@example.org"),
                tuple(Type.URL, "https://portfolio.example.org/sara"),
                tuple(Type.LINKEDIN, "linkedin.com/in/sara-b"),
                tuple(Type.URL, "www.example.nl"),
                tuple(Type.ADDRESS, "вул. Шевченка, 12"));
        assertThat(cv.redacted()).isEqualTo("""
                […], […] Zeist
                […] | […] | […]
                […]
                […], Київ
                """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Geboortedatum: 01-01-1990             | DATE_OF_BIRTH  | 01-01-1990
            Date of birth 1 January 1990          | DATE_OF_BIRTH  | 1 January 1990
            تاريخ الميلاد: ١٩٩٠/٠١/٠١             | DATE_OF_BIRTH  | 1990/01/01
            Дата народження: 01.01.1990           | DATE_OF_BIRTH  | 01.01.1990
            تاریخ تولد: ۱۳۶۹/۱۰/۱۱                | DATE_OF_BIRTH  | 1369/10/11
            Nationaliteit: Syrische               | NATIONALITY    | Syrische
            الجنسية: سوري                         | NATIONALITY    | سوري
            Громадянство: Україна                 | NATIONALITY    | Україна
            ملیت: افغان                           | NATIONALITY    | افغان
            Geslacht: vrouw                       | OTHER_PERSONAL | vrouw
            Burgerlijke staat: gehuwd             | OTHER_PERSONAL | gehuwd
            Religion: Christian                   | OTHER_PERSONAL | Christian
            الدين: مسلم                            | OTHER_PERSONAL | مسلم
            وضعیت تاهل: مجرد                      | OTHER_PERSONAL | مجرد
            دین: اسلام                             | OTHER_PERSONAL | اسلام
            """)
    void findsAndRemovesPersonalDetails(String line, Type type, String value) {
        CvStructure cv = extractor.extract("Personalia\n" + line + "\nWerkervaring", "und", NOW);

        assertThat(cv.contacts()).containsExactly(new Contact(type, value, 1));
        assertThat(cv.redacted()).isEqualTo("Personalia\n\nWerkervaring");
        assertThat(cv.dates()).isEmpty();
        assertThat(cv.languages()).isEmpty();
    }

    @Test
    void readsAPersonalDetailFromTheNextLineInTableLayouts() {
        CvStructure cv = extractor.extract("Nationaliteit\nOekraïens\nTalen\nEngels: B2", "nl", NOW);

        assertThat(cv.contacts()).containsExactly(new Contact(Type.NATIONALITY, "Oekraïens", 1));
        assertThat(cv.redacted()).isEqualTo("\n\nTalen\nEngels: B2");
        assertThat(cv.languages()).extracting(l -> l.code()).as("a nationality is no language").containsExactly("en");
    }

    @Test
    void keepsOtherColumnsOfAPersonalLine() {
        CvStructure cv = extractor.extract("Nationaliteit: Syrische      Rijbewijs: B", "nl", NOW);

        assertThat(cv.contacts()).containsExactly(new Contact(Type.NATIONALITY, "Syrische", 0));
        assertThat(cv.redacted()).isEqualTo("      Rijbewijs: B");
        assertThat(cv.certificates()).extracting(c -> c.code()).containsExactly("DRIVING_LICENCE_B");
    }
}

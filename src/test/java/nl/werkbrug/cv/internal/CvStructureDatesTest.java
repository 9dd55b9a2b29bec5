package nl.werkbrug.cv.internal;

import static nl.werkbrug.cv.internal.CvStructureExtractorTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.YearMonth;
import java.util.stream.Stream;

import nl.werkbrug.cv.internal.CvStructure.DateRange;
import nl.werkbrug.cv.internal.CvStructure.Experience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and date ranges in many notations and calendars, and numbers that are not dates. */
class CvStructureDatesTest {

    private final CvStructureExtractor extractor = new CvStructureExtractor();

    static Stream<Arguments> ranges() {
        return Stream.of(
                arguments("2019 - 2022", "nl", ym(2019, 1), ym(2022, 12), false),
                arguments("2018/2019", "nl", ym(2018, 1), ym(2019, 12), false),
                arguments("03/2018 – 11/2020", "nl", ym(2018, 3), ym(2020, 11), false),
                arguments("mrt 2018 - heden", "nl", ym(2018, 3), null, true),
                arguments("januari 2020 tot nu", "nl", ym(2020, 1), null, true),
                arguments("van 2015 tot 2019", "nl", ym(2015, 1), ym(2019, 12), false),
                arguments("sinds 2020", "nl", ym(2020, 1), null, true),
                arguments("Jan 2019 – Present", "en", ym(2019, 1), null, true),
                arguments("Sept. 2016 - Aug. 2018", "en", ym(2016, 9), ym(2018, 8), false),
                arguments("2017–now", "en", ym(2017, 1), null, true),
                arguments("10.2015 - 06.2019", "de", ym(2015, 10), ym(2019, 6), false),
                arguments("2015-09 to 2019-06", "en", ym(2015, 9), ym(2019, 6), false),
                arguments("01.09.2015 - 30.06.2019", "uk", ym(2015, 9), ym(2019, 6), false),
                arguments("12-03-2018", "nl", ym(2018, 3), ym(2018, 3), false),
                arguments("März 2014 bis Juni 2016", "de", ym(2014, 3), ym(2016, 6), false),
                arguments("يناير 2015 – ديسمبر 2018", "ar", ym(2015, 1), ym(2018, 12), false),
                arguments("كانون الثاني ٢٠٢٠ - حتى الآن", "ar", ym(2020, 1), null, true),
                arguments("أيلول ٢٠١٧ – حاليا", "ar", ym(2017, 9), null, true),
                arguments("من ٢٠١٢ إلى ٢٠١٤", "ar", ym(2012, 1), ym(2014, 12), false),
                arguments("1440 هـ", "ar", ym(2019, 1), ym(2019, 12), false),
                arguments("вересня 2016 – дотепер", "uk", ym(2016, 9), null, true),
                arguments("березень 2012 р. – серпень 2016 р.", "uk", ym(2012, 3), ym(2016, 8), false),
                arguments("з лютого 2019 по теперішній час", "uk", ym(2019, 2), null, true),
                arguments("листопад 2010 – травня 2013", "uk", ym(2010, 11), ym(2013, 5), false),
                arguments("05.2017 – по наст. время", "ru", ym(2017, 5), null, true),
                arguments("с 2019 г. по настоящее время", "ru", ym(2019, 1), null, true),
                arguments("январь 2011 – мая 2014", "ru", ym(2011, 1), ym(2014, 5), false),
                arguments("۱۳۹۲ - ۱۳۹۸", "fa", ym(2013, 4), ym(2020, 3), false),
                arguments("مهر ۱۳۹۸ تا کنون", "fa", ym(2019, 10), null, true),
                arguments("۱۳۹۵ تاکنون", "fa", ym(2016, 4), null, true),
                arguments("دی ۱۳۹۶ - اسفند ۱۳۹۹", "fa", ym(2018, 1), ym(2021, 3), false),
                arguments("حمل ۱۳۹۷ - حوت ۱۳۹۹", "und", ym(2018, 4), ym(2021, 3), false),
                arguments("۲۰۱۸ - اکنون", "fa", ym(2018, 1), null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void readsDateRanges(String text, String language, YearMonth from, YearMonth to, boolean ongoing) {
        CvStructure cv = extractor.extract(text, language, NOW);

        assertThat(cv.dates()).singleElement().satisfies(date -> {
            assertThat(date.from()).isEqualTo(from);
            assertThat(date.to()).isEqualTo(to);
            assertThat(date.ongoing()).isEqualTo(ongoing);
            assertThat(date.line()).isZero();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tel: 0612345678", "Postcode 3701 AB Zeist", "3511AB Utrecht", "ISO 9001:2015",
        "NEN-EN-ISO 9606-1", "geboren in 1945", "in 2031 klaar", "salaris € 2000 per maand", "2000 euro bruto",
        "+31 20 2019 222", "كتبت عام 1398"})
    void rejectsNumbersThatAreNoDates(String text) {
        assertThat(extractor.extract(text, "und", NOW).dates()).isEmpty();
    }

    @Test
    void keepsLineNumbersOfTheOriginalText() {
        CvStructure cv = extractor.extract("Werkervaring\r\n\r\n2019 - 2022 Kok\n\nJan 2023 - heden Chef", "nl", NOW);

        assertThat(cv.dates()).extracting(DateRange::line, DateRange::snippet)
                .containsExactly(tuple(2, "2019 - 2022"),
                        tuple(4, "Jan 2023 - heden"));
    }

    @Test
    void countsMonthsInclusively() {
        CvStructure cv = extractor.extract("Work experience\nJan 2019 - Dec 2019 Cook at Hotel Noord\n"
                + "2024 - present Chef at Hotel Zuid\n2020 Volunteer, Red Cross", "en", NOW);

        assertThat(cv.experience()).extracting(Experience::title, Experience::months)
                .containsExactly(tuple("Cook", 12),
                        tuple("Chef", 18),
                        tuple("Volunteer", 12));
    }

    @Test
    void acceptsNextYearButNotLater() {
        assertThat(extractor.extract("2025 - 2026", "nl", NOW).dates()).hasSize(1);
        assertThat(extractor.extract("2027", "nl", NOW).dates()).isEmpty();
    }

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }
}

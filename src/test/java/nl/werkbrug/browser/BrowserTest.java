package nl.werkbrug.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkbrug.cv.internal.CvFixtures;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.taxonomy.TaxonomyService;

/**
 * What a person does in a real browser (the system's Chromium): sign in with each demo account,
 * land on the start view of the role, and switch to Arabic, which turns the page right to left.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final String PASSWORD = "een-lang-wachtwoord";
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TaxonomyService taxonomy;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM
                    + " (install the Debian package chromium, or set CHROMIUM)";
            System.out.println(message);
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "jobhunter, caseload, #caseload",
            "employer, employer, #my-vacancies",
            "newcomer, my, #matching-consent",
            "municipality, monitor, #table-participation",
            "admin, admin, #users"})
    void each_demo_account_signs_in_and_lands_on_its_own_start_view(String user, String route, String marker) {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, user, "");
            page.waitForURL("**/" + route);
            page.locator(marker).waitFor();
            assertThat(page.locator("vaadin-side-nav-item").count()).isPositive();
            screenshot(page, user);
            page.locator("#logout").click();
            page.waitForURL("**/login**");
        }
    }

    @Test
    void the_municipality_filters_the_monitor_downloads_the_workbook_and_finds_no_figure_under_five() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, "municipality", "?lang=nl");
            page.waitForURL("**/monitor");
            page.navigate(url("/monitor?lang=nl"));
            page.locator("#table-participation").waitFor();
            page.waitForFunction("() => !!window.Chart && !!document.querySelector('#chart-participation').$chart");

            awaitRedrawn(page, () -> {
                page.locator("#monitor-group").click();
                page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Statushouder (Wi2021)"))
                        .first().click();
            });
            awaitRedrawn(page, () -> pick(page, "#monitor-location", "vaadin-combo-box-item", "azc Kamp van Zeist"));
            assertThat(page.locator("#table-participation caption").innerText()).isEqualTo("Deelname naar soort en groep");
            // the demo's pilot year at this azc: enough people for the shares to show
            assertThat(page.locator("#figure-placedWithin16WeeksShare").innerText()).matches("\\d+ ?%");
            assertThat(page.locator("#figure-atLevelShare").innerText()).matches("\\d+ ?%");
            assertThat(page.locator("#table-participation td[data-row='STATUS_HOLDER_WI2021'][data-column='total']")
                    .innerText()).matches("\\d+");
            assertThat(page.locator("#table-participation td[data-row='STATUS_HOLDER_WI2021'][data-column='share']")
                    .innerText()).matches("\\d+ ?%");
            assertThat(page.locator("#chart-trends").getAttribute("aria-label")).isNotBlank();

            // every figure on the page is "<5", "×" (hidden to protect a small one), "–", a count of at least 5,
            // a percentage, or a median of weeks
            @SuppressWarnings("unchecked")
            var cells = (List<List<String>>) page.evaluate("() => [...document.querySelectorAll('td')].map(td => "
                    + "[td.innerText.trim(), td.dataset.row || '', td.dataset.column || ''])");
            assertThat(cells).isNotEmpty();
            for (List<String> cell : cells) {
                String text = cell.get(0);
                boolean weeks = cell.get(1).startsWith("median") || cell.get(2).startsWith("median");
                assertThat(text.equals("<5") || text.equals("×") || text.equals("–") || text.matches("\\d+ ?%")
                        || weeks && text.matches("\\d+(,\\d)?")
                        || text.matches("[\\d.]+") && Long.parseLong(text.replace(".", "")) >= 5)
                        .as(cell.toString()).isTrue();
            }
            screenshot(page, "monitor");

            var download = page.waitForDownload(() -> page.locator("#monitor-xlsx").click());
            assertThat(download.suggestedFilename()).matches("werkbrug-monitor-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(download.path()))) {
                assertThat(book.getSheet("participation")).isNotNull();
                assertThat(book.getSheet("about").getRow(4).getCell(1).getStringCellValue())
                        .isEqualTo("Statushouder (Wi2021)");
                int counts = 0;
                for (var sheet : book) {
                    for (var row : sheet) {
                        for (var cell : row) {
                            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                    && "0".equals(cell.getCellStyle().getDataFormatString())) {
                                counts++;
                                assertThat(cell.getNumericCellValue()).as(sheet.getSheetName() + " " + cell.getAddress())
                                        .isGreaterThanOrEqualTo(5);
                            }
                            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                    && cell.getStringCellValue().startsWith("<")) {
                                assertThat(cell.getStringCellValue()).isEqualTo("<5");
                            }
                        }
                    }
                }
                System.out.println("monitor workbook: " + counts + " counts of 5 or more");
            }
        }
    }

    /** Does {@code change} and waits until the monitor has drawn its tables again. */
    private static void awaitRedrawn(Page page, Runnable change) {
        page.evaluate("() => document.querySelector('#table-participation').dataset.stale = 'yes'");
        change.run();
        page.locator("#table-participation:not([data-stale])").waitFor();
    }

    @Test
    void arabic_turns_the_page_right_to_left_before_and_after_signing_in() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login?lang=ar"));
            page.locator("vaadin-login-form").waitFor();
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ar");
            signIn(page, "newcomer", "?lang=ar");
            page.waitForURL("**/my**");
            page.locator("#matching-consent").waitFor();
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            page.navigate(url("/?lang=ar"));
            page.locator("#matching-consent").waitFor();
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            screenshot(page, "newcomer-ar");
            page.navigate(url("/?lang=nl"));
            page.locator("#matching-consent").waitFor();
            page.waitForFunction("document.documentElement.dir === 'ltr'");
            assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("nl");
        }
    }

    @Test
    void the_chosen_language_is_remembered_for_the_next_sign_in() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "employer", "");
            page.waitForURL("**/employer**");
            page.navigate(url("/employer?lang=uk"));
            page.locator("#my-vacancies").waitFor();
            page.waitForFunction("document.documentElement.lang === 'uk'");
            page.locator("#logout").click();
            page.waitForURL("**/login**");
        }
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "employer", "");
            page.waitForURL("**/employer**");
            page.locator("#my-vacancies").waitFor();
            page.waitForFunction("document.documentElement.lang === 'uk'");
            assertThat(page.locator("#logout").textContent()).isNotBlank().doesNotContain("Uitloggen");
            page.navigate(url("/employer?lang=nl"));
            page.waitForFunction("document.documentElement.lang === 'nl'");
            page.locator("#logout").click();
            page.waitForURL("**/login**");
        }
        // back to Dutch for the tests that follow, and remembered as such
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "employer", "");
            page.waitForURL("**/employer**");
            page.waitForFunction("document.documentElement.lang === 'nl'");
        }
    }

    static final List<String> DUTCH_CV = List.of("Curriculum vitae", "Werkervaring",
            "2019 - 2023 Heftruckchauffeur bij een distributiecentrum", "Orderpicken, laden en lossen van vrachtwagens.",
            "Opleiding", "2012 - 2016 Bachelor bedrijfskunde", "Talen", "Nederlands B1, Engels C1",
            "Certificaten", "Rijbewijs B, VCA basis, heftruckcertificaat");
    static final List<String> ENGLISH_CV = List.of("Curriculum vitae", "Work experience",
            "2015 - 2022 Electrician", "Installing and repairing electrical wiring in houses.", "Education",
            "2010 - 2014 Vocational training electrical engineering", "Languages", "English C1, Dutch A2");

    @Test
    void a_newcomer_uploads_a_pdf_and_a_docx_cv_and_confirms_a_profile() throws Exception {
        Path dir = Files.createTempDirectory("cv");
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "newcomer", "?lang=nl");
            page.waitForURL("**/my**");
            page.navigate(url("/my/edit"));
            confirmCv(page, CvFixtures.pdf(dir, "cv.pdf", DUTCH_CV));
            awaitText(page, "#profile-occupations", "heftruckchauffeur");
            screenshot(page, "newcomer-cv-review");
            confirmCv(page, CvFixtures.docx(dir, "cv.docx", ENGLISH_CV));
            awaitText(page, "#profile-occupations", "elektrische installaties");
            page.locator("#profile-save").click();
            page.waitForURL("**/my");
            String occupations = page.locator("#my-occupations textarea").inputValue();
            assertThat(occupations).contains("heftruckchauffeur", "elektrische installaties");
            assertThat(page.locator("#my-certificates textarea").inputValue()).contains("Rijbewijs B");
        }
    }

    @Test
    void a_jobhunter_uploads_a_pdf_and_a_docx_cv_for_a_new_candidate_and_confirms_them() throws Exception {
        Path dir = Files.createTempDirectory("cv");
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "jobhunter", "?lang=nl");
            page.waitForURL("**/caseload**");
            page.navigate(url("/intake"));
            confirmCv(page, CvFixtures.pdf(dir, "cv.pdf", DUTCH_CV));
            awaitText(page, "#profile-occupations", "heftruckchauffeur");
            confirmCv(page, CvFixtures.docx(dir, "cv.docx", ENGLISH_CV));
            awaitText(page, "#profile-occupations", "elektrische installaties");
            page.locator("#profile-given-name input").fill("Testkandidaat");
            page.locator("#profile-group").click();
            page.locator("vaadin-select-item[role=option]:visible").first().click();
            page.locator("#profile-location input").fill("Kamp van Zeist");
            page.locator("vaadin-combo-box-item:visible").first().click();
            page.locator("#profile-save").click();
            page.waitForURL("**/caseload");
            // the CVs uploaded during the intake now belong to the new candidate
            assertThat(jdbc.sql("""
                    select count(*) from cv_document d join candidate_contact c on c.candidate_id = d.candidate_id
                    where c.given_name = 'Testkandidaat' and d.status = 'READ'""").query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    @Test
    void a_broken_file_gets_its_message_in_dutch_and_in_arabic() throws Exception {
        Path dir = Files.createTempDirectory("cv");
        Path broken = Files.write(dir.resolve("cv.pdf"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "newcomer", "?lang=nl");
            page.waitForURL("**/my**");
            page.navigate(url("/my/edit"));
            page.locator("#cv-upload input[type=file]").setInputFiles(broken);
            page.waitForFunction("document.querySelector('#cv-message').textContent.includes('kunnen we niet lezen')");
            assertThat(page.locator("#cv-retry").isVisible()).isTrue();
            page.navigate(url("/my/edit?lang=ar"));
            page.locator("#cv-upload input[type=file]").setInputFiles(broken);
            page.waitForFunction("document.querySelector('#cv-message').textContent.includes('لا يمكننا')");
            screenshot(page, "newcomer-cv-ar");
            page.navigate(url("/my?lang=nl"));
        }
    }

    /** Uploads a CV, waits for its reading, ticks everything found and confirms it. */
    private static void confirmCv(Page page, Path file) {
        page.locator("#cv-upload input[type=file]").setInputFiles(file);
        page.locator("#cv-confirm").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        page.waitForFunction("document.querySelector('#cv-text') && document.querySelector('#cv-text')"
                + ".textContent.includes('" + (file.getFileName().toString().endsWith(".pdf") ? "Werkervaring"
                : "Work experience") + "')");
        page.locator("#cv-select-all").click();
        page.locator("#cv-confirm").click();
    }

    private static void awaitText(Page page, String selector, String text) {
        page.waitForFunction("([s, t]) => document.querySelector(s) && document.querySelector(s).textContent.includes(t)",
                List.of(selector, text));
    }


    @Test
    void a_newcomer_cannot_open_the_jobhunter_caseload() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "newcomer", "");
            page.waitForURL("**/my");
            page.navigate(url("/caseload"));
            page.locator("#not-found").waitFor();
            assertThat(page.locator("#caseload").count()).isZero();
        }
    }

    @Test
    void a_jobhunter_shortlists_a_ranked_candidate_the_newcomer_sees_the_work_in_arabic_the_employer_sees_no_name()
            throws Exception {
        UUID person = jdbc.sql("""
                select c.id from candidate c join app_user u on u.id = c.user_id where u.username = 'newcomer'""")
                .query(UUID.class).single();
        var profile = SystemTask.call("test", () -> candidates.profile(new nl.werkbrug.candidate.CandidateId(person)));
        String occupation = profile.occupations().keySet().stream().sorted().findFirst()
                .orElse("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755");
        List<String> held = profile.skills().stream().sorted().limit(3).toList();
        String lacking = taxonomy.occupation(occupation).orElseThrow().essentialSkills().stream()
                .filter(s -> !profile.skills().contains(s)).findFirst().orElse(null);
        Set<String> essentials = new java.util.HashSet<>(held);
        if (lacking != null) {
            essentials.add(lacking);
        }
        UUID employer = jdbc.sql("""
                select e.id from employer e join app_user u on u.organisation_id = e.organisation_id where u.username = 'employer'""")
                .query(UUID.class).single();
        String title = "Werkbrug proefvacature " + UUID.randomUUID().toString().substring(0, 8);
        UUID vacancy = SystemTask.call("test", () -> vacancies.post(new VacancyDraft(employer, title, "",
                VacancyType.JOB, occupation, essentials, Set.of(), CefrLevel.A0, null, 16, 32,
                Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY), Set.of(), profile.locationId(),
                new java.math.BigDecimal("15.00"), java.time.LocalDate.now().plusDays(30), 1, false))).id().value();

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "newcomer", "?lang=ar");
            page.waitForURL("**/my**");
            var consent = page.locator("#matching-consent input");
            consent.waitFor();
            if (!consent.isChecked()) {
                consent.check();
            }
            page.navigate(url("/my/work?lang=ar"));
            Locator card = page.locator("#work-for-me .match-card", new Page.LocatorOptions().setHasText(title));
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (card.count() == 0 && System.nanoTime() < deadline) {
                page.waitForTimeout(1000);
                page.reload();
                page.locator("#work-for-me").waitFor();
            }
            card.waitFor();
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            assertThat(card.locator(".chip.reason").first().innerText()).matches("(?s).*\\p{IsArabic}.*");
            if (lacking != null) {
                assertThat(card.locator(".chip.step").count()).isPositive();
            }
            screenshot(page, "work-for-me-ar");
        }

        String name = profile.contact().givenName();
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "jobhunter", "?lang=nl");
            page.waitForURL("**/caseload");
            page.navigate(url("/vacancies/" + vacancy + "/matches"));
            var grid = page.locator("#vacancy-matches");
            grid.waitFor();
            Locator nameCell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name));
            nameCell.first().waitFor();
            assertThat(page.locator("#vacancy-matches .chip.reason").count()).as("reasons").isPositive();
            page.locator("#vacancy-matches .shortlist-toggle").first().click();
            page.locator("#shortlist .chip.kept").first().waitFor();
            assertThat(page.locator("#shortlist").innerText()).isNotBlank();
            screenshot(page, "vacancy-matches");
        }

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "employer", "?lang=nl");
            page.waitForURL("**/employer");
            page.navigate(url("/employer/vacancies/" + vacancy + "/matches"));
            page.locator("#employer-matches .match-card").first().waitFor();
            String seen = page.locator("main").innerText();
            assertThat(seen).contains("Kandidaat 1")
                    .doesNotContain(name, profile.contact().familyName() == null ? name : profile.contact().familyName())
                    .doesNotContain("@example.org");
            assertThat(page.locator("#employer-matches .chip.skill").count()).isPositive();
            screenshot(page, "employer-matches");
        }
    }

    @Test
    void an_employer_registers_is_approved_posts_a_dual_trajectory_asks_an_introduction_and_a_signal_is_closed() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "werkgever-" + suffix;
        String company = "Van Dijk Logistiek " + suffix;
        String kvk = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        // someone the new vacancy will find: a consenting status holder with work experience, available soon
        var person = jdbc.sql("""
                select c.id, o.esco_uri, l.name, l.municipality from candidate c
                join candidate_occupation o on o.candidate_id = c.id join location l on l.id = c.location_id
                where c.matching_consent_at is not null
                  and c.newcomer_group in ('STATUS_HOLDER_WI2021', 'STATUS_HOLDER_WI2013')
                  and (c.available_from is null or c.available_from <= current_date + 14)
                order by c.id, o.esco_uri limit 1""")
                .query((rs, n) -> List.of(rs.getString(2), rs.getString(3), rs.getString(4))).single();
        String occupation = taxonomy.occupation(person.get(0)).orElseThrow().label("nl");
        String place = person.get(1);

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login?lang=nl"));
            page.locator("#register-employer").click();
            page.locator("#employer-registration").waitFor();
            page.locator("#employer-name input").fill(company);
            page.locator("#employer-kvk input").fill(kvk.substring(0, 7));
            page.locator("#employer-sector input").fill("logistiek");
            page.locator("#employer-sector input").press("Enter");
            pick(page, "#employer-municipality", "vaadin-combo-box-item", person.get(2));
            pick(page, "#employer-workplaces", "vaadin-multi-select-combo-box-item", place);
            page.keyboard().press("Escape");
            page.locator("#employer-contact-name input").fill("Femke van Dijk");
            page.locator("#employer-contact-email input").fill(username + "@werkbrug.test");
            page.locator("#employer-username input").fill(username);
            page.locator("#employer-password input").fill(PASSWORD);
            page.locator("#employer-privacy input").check();
            page.locator("#employer-register").click();
            page.waitForCondition(() -> page.locator("#employer-kvk").getAttribute("invalid") != null);
            assertThat(page.locator("#employer-kvk").innerText() + page.locator("main").innerText())
                    .contains("acht cijfers");
            page.locator("#employer-kvk input").fill(kvk);
            page.locator("#employer-register").click();
            page.locator("#registration-done").waitFor();
            screenshot(page, "employer-registered");
        }
        assertThat(employerStatus(kvk)).isEqualTo("PENDING");

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "municipality", "?lang=nl");
            page.waitForURL("**/monitor");
            page.navigate(url("/employers"));
            var card = page.locator("#employer-approvals .employer-item", new Page.LocatorOptions().setHasText(company));
            card.locator(".employer-approve").click();
            card.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        assertThat(employerStatus(kvk)).isEqualTo("APPROVED");

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, username, PASSWORD, "?lang=nl");
            page.waitForURL("**/employer");
            page.navigate(url("/employer/profile"));
            page.locator("#profile-commitments vaadin-checkbox input").first().check();
            page.locator("#profile-commitments vaadin-checkbox input").nth(2).check();
            page.locator("#profile-description textarea").fill("Wij werken met een buddy en passen roosters aan de taallessen aan.");
            page.locator("#profile-listed input").check();
            page.locator("#profile-save").click();
            awaitTrue(() -> Boolean.TRUE.equals(jdbc.sql("select listed_in_network from employer where kvk_number = ?")
                    .param(kvk).query(Boolean.class).single()));

            // a dual trajectory, the occupation found by typing and its ESCO skills proposed
            page.navigate(url("/employer/vacancies/new"));
            fillVacancy(page, occupation, place, "15");
            assertThat(page.locator("#vacancy-essential-skills vaadin-multi-select-combo-box-chip").count())
                    .as("the occupation's essential skills are proposed").isPositive();
            page.locator("#vacancy-type vaadin-radio-button", new Page.LocatorOptions().setHasText("Duaal traject"))
                    .click();
            page.locator("#vacancy-work-days vaadin-checkbox", new Page.LocatorOptions().setHasText("vrijdag"))
                    .locator("input").uncheck();
            page.locator("#vacancy-language-days vaadin-checkbox", new Page.LocatorOptions().setHasText("vrijdag"))
                    .locator("input").check();
            screenshot(page, "dual-trajectory-form");
            page.locator("#vacancy-save").click();
            page.waitForURL("**/employer");
            UUID dual = jdbc.sql("""
                    select v.id from vacancy v join employer e on e.id = v.employer_id
                    where e.kvk_number = ? and v.type = 'DUAL_TRAJECTORY' and v.status = 'OPEN'""")
                    .param(kvk).query(UUID.class).single();

            // EUR 13.50 an hour for a 25-year-old in 2026 is refused, and nothing typed is lost
            page.navigate(url("/employer/vacancies/new"));
            fillVacancy(page, occupation, place, "13,50");
            page.locator("#vacancy-minimum-age input").fill("25");
            page.locator("#vacancy-save").click();
            page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("14,71")).first().waitFor();
            assertThat(page.locator("#vacancy-title input").inputValue()).isNotBlank();
            assertThat(vacancyCount(kvk)).isOne();

            // housing tied to the job: saved, and it waits for the municipality
            page.locator("#vacancy-wage input").fill("15");
            page.locator("#vacancy-housing-tied input").check();
            page.locator("#vacancy-save").click();
            page.waitForURL("**/employer");
            assertThat(jdbc.sql("""
                    select count(*) from vacancy v join employer e on e.id = v.employer_id
                    where e.kvk_number = ? and v.status = 'IN_REVIEW'""").param(kvk).query(Long.class).single())
                    .isOne();

            // the anonymous matches of the dual trajectory, and a request for an introduction
            page.navigate(url("/employer/vacancies/" + dual + "/matches"));
            page.locator("#employer-matches").waitFor();
            page.locator("#employer-matches .ask-introduction").first().click();
            page.locator("#introduction-message textarea").fill("Wij bieden een duaal traject met een vaste buddy.");
            page.locator("#introduction-send").click();
            page.locator("#employer-matches .chip.asked").first().waitFor();
            screenshot(page, "introduction-asked");
        }
        assertThat(jdbc.sql("select count(*) from introduction_request where vacancy_id = ?").param(dual(kvk))
                .query(Long.class).single()).isOne();

        String report = "Роботодавець вимагає платити за житло " + suffix;
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "newcomer", "?lang=uk");
            page.waitForURL("**/my**");
            page.navigate(url("/signals/new"));
            page.locator("#signal-category").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Житло")).first().click();
            pick(page, "#signal-employer", "vaadin-combo-box-item", company);
            page.locator("#signal-description textarea").fill(report);
            page.locator("#signal-send").click();
            page.locator("#signal-result").waitFor();
            page.waitForFunction("document.documentElement.lang === 'uk'");
            screenshot(page, "signal-uk");
            page.navigate(url("/my?lang=nl"));
            page.locator("#matching-consent").waitFor();
        }
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "municipality", "?lang=nl");
            page.waitForURL("**/monitor");
            page.navigate(url("/signals"));
            var card = page.locator("#signals .signal", new Page.LocatorOptions().setHasText(report));
            card.locator(".signal-outcome").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Opgelost met de werkgever")).click();
            card.locator(".signal-close").click();
            card.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        assertThat(jdbc.sql("select status from exploitation_signal where description = ?").param(report)
                .query(String.class).single()).isEqualTo("CLOSED");
    }

    @Test
    void a_jobhunter_takes_an_intake_proposes_an_introduction_the_newcomer_accepts_in_farsi_and_starts_a_dual_trajectory() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String given = "Shirin";
        String family = "Testrad-" + suffix;
        String name = given + " " + family;
        UUID employer = jdbc.sql("""
                select e.id from employer e join app_user u on u.organisation_id = e.organisation_id where u.username = 'employer'""")
                .query(UUID.class).single();
        UUID location = jdbc.sql("""
                select l.id from location l join app_user_location ul on ul.location_id = l.id
                join app_user u on u.id = ul.user_id where u.username = 'jobhunter' and l.name = 'azc Kamp van Zeist'""")
                .query(UUID.class).single();
        String title = "Duaal traject magazijn " + suffix;
        UUID vacancy = SystemTask.call("test", () -> vacancies.post(new VacancyDraft(employer, title,
                "Drie dagen werken in het magazijn, een dag Nederlandse les.", VacancyType.DUAL_TRAJECTORY,
                "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755", Set.of(), Set.of(),
                CefrLevel.A1, null, 20, 24,
                Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY),
                Set.of(java.time.DayOfWeek.THURSDAY), location, new java.math.BigDecimal("16.00"),
                java.time.LocalDate.now().plusDays(21), 1, false, Set.of(), nl.werkbrug.employer.WorkTerms.STANDARD, Set.of(), true,
                CefrLevel.B1)))
                .id().value();
        assertThat(jdbc.sql("select status from vacancy where id = ?").param(vacancy).query(String.class).single())
                .isEqualTo("OPEN");

        // the jobhunter takes an intake without a CV
        UUID candidate;
        String activation;
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "jobhunter", "?lang=nl");
            page.waitForURL("**/caseload**");
            page.navigate(url("/intake?lang=nl"));
            page.locator("#profile-given-name input").fill(given);
            page.locator("#profile-family-name input").fill(family);
            page.locator("#profile-group").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Statushouder (Wi2021)")).first().click();
            pick(page, "#profile-location", "vaadin-combo-box-item", "azc Kamp van Zeist");
            page.locator("#profile-dutch").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("A2")).first().click();
            var consent = page.locator("#profile-consent input");
            if (!consent.isChecked()) {
                consent.check();
            }
            page.locator("#profile-save").click();
            page.waitForURL("**/caseload**");
            candidate = jdbc.sql("select candidate_id from candidate_contact where family_name = ?").param(family)
                    .query(UUID.class).single();
            assertThat(caseloadRow(page, family)).contains("Geen vergunning nodig").contains("|0|");

            // an account for the newcomer: a link to pass on
            page.navigate(url("/intake/" + candidate + "?lang=nl"));
            page.locator("#account-link-create").click();
            page.locator("#account-link input").waitFor();
            activation = page.locator("#account-link input").inputValue();
            assertThat(activation).contains("/activate/");

            // the shortlist, from the work that fits this person
            page.navigate(url("/candidates/" + candidate + "/matches?lang=nl"));
            // the new vacancy reaches the index shortly after it was posted
            scrollToCell(page, "#candidate-matches", title, java.time.Duration.ofSeconds(90));
            UUID person = candidate;
            java.util.function.BooleanSupplier onShortlist = () -> jdbc
                    .sql("select count(*) from shortlist_entry where candidate_id = ? and vacancy_id = ?")
                    .params(person, vacancy).query(Long.class).single() == 1;
            // a lazy grid may still be re-using its rows while it loads; click again only while nothing happened
            for (int attempt = 0; attempt < 3 && !onShortlist.getAsBoolean(); attempt++) {
                awaitIdle(page, "#candidate-matches");
                rowOf(page, "#candidate-matches", title).locator(".shortlist-toggle").click();
                awaitTrue(onShortlist, java.time.Duration.ofSeconds(10), false);
            }
            awaitTrue(onShortlist);

            // the jobhunter proposes the introduction from the candidate's page
            page.navigate(url("/candidates/" + candidate + "?lang=nl"));
            Locator track = page.locator("#candidate-tracks .match-card", new Page.LocatorOptions().setHasText(title));
            track.waitFor();
            assertThat(track.innerText()).contains("Op de shortlist");
            assertThat(page.locator("#right-to-work").innerText()).contains("Betaald werk");
            track.locator(".route-propose").click();
            page.locator("#propose-message textarea").fill("Een duaal traject in het magazijn, met taalles op donderdag.");
            page.locator("#propose-send").click();
            awaitTrue(() -> "PROPOSED_TO_CANDIDATE".equals(introductionStatus(person, vacancy)));
            screenshot(page, "candidate-page");
        }

        // the newcomer makes an account and accepts, in Farsi, right to left
        String username = "shirin-" + suffix;
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(activation + "?lang=fa");
            page.locator("#activate-username input").fill(username);
            page.locator("#activate-password input").fill(PASSWORD);
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            page.locator("#activate-submit").click();
            page.locator("#activate-done").waitFor();
            signIn(page, username, PASSWORD, "?lang=fa");
            page.waitForURL("**/my**");
            page.navigate(url("/my/invitations?lang=fa"));
            Locator invitation = page.locator("#my-invitations .match-card", new Page.LocatorOptions().setHasText(title));
            invitation.waitFor();
            page.waitForFunction("document.documentElement.dir === 'rtl'");
            assertThat(invitation.innerText()).matches("(?s).*\\p{IsArabic}.*").contains(name);
            screenshot(page, "invitation-fa");
            invitation.locator(".invitation-accept").click();
            UUID person = candidate;
            awaitTrue(() -> "ACCEPTED".equals(introductionStatus(person, vacancy)));
        }

        // the employer now sees who it is, and plans an interview
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "employer", "?lang=nl");
            page.waitForURL("**/employer**");
            page.navigate(url("/employer/introductions?lang=nl"));
            Locator card = page.locator("#employer-introductions .match-card", new Page.LocatorOptions().setHasText(name));
            card.waitFor();
            assertThat(card.innerText()).contains(title);
            var day = java.time.LocalDate.now().plusDays(3);
            card.locator("vaadin-date-time-picker vaadin-date-picker input")
                    .fill(day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear());
            card.locator("vaadin-date-time-picker vaadin-date-picker input").press("Enter");
            card.locator("vaadin-date-time-picker vaadin-time-picker input").fill("10:00");
            card.locator("vaadin-date-time-picker vaadin-time-picker input").press("Enter");
            card.locator(".interview-place input").fill("Magazijn, ingang B");
            card.locator(".interview-schedule").click();
            page.locator("#employer-introductions .match-card .interview").first().waitFor();
            screenshot(page, "employer-introductions");
        }

        // the jobhunter records the start of the dual trajectory; the caseload shows it with weeks and permit
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "jobhunter", "?lang=nl");
            page.waitForURL("**/caseload**");
            page.navigate(url("/candidates/" + candidate + "?lang=nl"));
            Locator track = page.locator("#candidate-tracks .match-card", new Page.LocatorOptions().setHasText(title));
            track.waitFor();
            assertThat(track.innerText()).contains("Gesprek");
            track.locator(".route-start").click();
            page.locator("#start-confirm").click();
            page.locator("#candidate-tracks .match-card", new Page.LocatorOptions().setHasText("Begonnen")).first().waitFor();
            page.navigate(url("/caseload?lang=nl"));
            assertThat(caseloadRow(page, family)).contains("Begonnen").contains("Geen vergunning nodig").contains("|0|");
            screenshot(page, "caseload-started");
        }
        assertThat(jdbc.sql("""
                select t.kind || ' ' || t.stage from route_track t join route_step s on s.track_id = t.id
                where t.candidate_id = ? and t.vacancy_id = ? and s.stage = 'STARTED'""")
                .params(candidate, vacancy).query(String.class).list()).containsExactly("DUAL_TRAJECTORY STARTED");
    }

    private String introductionStatus(UUID candidate, UUID vacancy) {
        return jdbc.sql("select status from introduction_request where candidate_id = ? and vacancy_id = ?")
                .params(candidate, vacancy).query(String.class).optional().orElse("");
    }

    /** The cells of a grid row, found from one of its cells (each cell is slotted into a row of the grid). */
    private static final String ROW_CELLS = """
            cell => [...cell.assignedSlot.parentElement.parentElement.querySelectorAll('slot')]
                .flatMap(slot => slot.assignedElements())""";

    /**
     * The texts of the caseload row that holds {@code text}, joined with "|": the text is typed into the
     * caseload's name search first, so the row is found however many people the caseload holds.
     */
    private static String caseloadRow(Page page, String text) {
        page.locator("#caseload").waitFor();
        page.locator("#caseload-search input").fill(text);
        Locator cell = page.locator("#caseload vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
        // the lazy value change reaches the server after a short pause; then the grid holds this one row
        awaitTrue(() -> cell.count() > 0
                && ((Number) page.locator("#caseload").evaluate("grid => grid.size")).intValue() == 1);
        awaitIdle(page, "#caseload");
        return (String) cell.first().evaluate("cell => (" + ROW_CELLS + ")(cell).map(e => e.textContent.trim()).join('|')");
    }

    /**
     * Scrolls a lazy grid row by row until a cell holds {@code text}, reading the grid anew after every
     * 150 rows, and gives that cell.
     */
    private static Locator scrollToCell(Page page, String grid, String text, java.time.Duration within) {
        page.locator(grid).waitFor();
        Locator cell = page.locator(grid + " vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
        long deadline = System.nanoTime() + within.toNanos();
        for (int index = 0; cell.count() == 0 && System.nanoTime() < deadline; index++) {
            if (index > 150) {
                index = 0;
                page.reload();
                page.locator(grid).waitFor();
            }
            page.locator(grid).evaluate("(grid, i) => grid.scrollToIndex(i)", index);
            page.waitForTimeout(200);
        }
        cell.first().waitFor();
        return cell.first();
    }

    /** Waits until a grid has no data request in flight and has rendered its rows. */
    private static void awaitIdle(Page page, String grid) {
        page.waitForFunction("sel => { const g = document.querySelector(sel); return g && !g.loading"
                + " && !g.hasAttribute('loading'); }", grid);
        page.waitForTimeout(300);
    }

    /** The grid row (its cells' contents) that holds {@code text}. */
    private static Locator rowOf(Page page, String grid, String text) {
        String id = "row-" + UUID.randomUUID().toString().substring(0, 8);
        page.locator(grid + " vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first()
                .evaluate("(cell, id) => (" + ROW_CELLS + ")(cell).forEach(e => e.classList.add(id))", id);
        return page.locator(grid + " vaadin-grid-cell-content." + id);
    }

    private void fillVacancy(Page page, String occupation, String place, String wage) {
        pick(page, "#vacancy-occupation", "vaadin-combo-box-item", occupation);
        page.locator("#vacancy-essential-skills vaadin-multi-select-combo-box-chip").first().waitFor();
        page.locator("#vacancy-dutch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("A1")).first().click();
        page.locator("#vacancy-hours-min input").fill("16");
        page.locator("#vacancy-hours-max input").fill("24");
        pick(page, "#vacancy-location", "vaadin-combo-box-item", place);
        page.locator("#vacancy-wage input").fill(wage);
        page.locator("#vacancy-contract").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Tijdelijk contract")).click();
    }

    /** Types into a combo box and picks the item with exactly that text. */
    private static void pick(Page page, String field, String item, String text) {
        page.locator(field + " input").fill(text);
        page.locator(item, new Page.LocatorOptions().setHasText(text)).first().click();
    }

    private String employerStatus(String kvk) {
        return jdbc.sql("select status from employer where kvk_number = ?").param(kvk).query(String.class).single();
    }

    private long vacancyCount(String kvk) {
        return jdbc.sql("select count(*) from vacancy v join employer e on e.id = v.employer_id where e.kvk_number = ?")
                .param(kvk).query(Long.class).single();
    }

    private UUID dual(String kvk) {
        return jdbc.sql("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                where e.kvk_number = ? and v.type = 'DUAL_TRAJECTORY'""").param(kvk).query(UUID.class).single();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        awaitTrue(condition, java.time.Duration.ofSeconds(20), true);
    }

    /** Waits for {@code condition}; when time runs out, fails only if {@code mustHold}. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition, java.time.Duration within,
            boolean mustHold) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                if (!mustHold) {
                    return;
                }
                fail("condition not met in time");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** Kept under target/screenshots, for people to look at what the test saw. */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    private void signIn(Page page, String user, String query) {
        signIn(page, user, "demo", query);
    }

    private void signIn(Page page, String user, String password, String query) {
        page.navigate(url("/login" + query));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

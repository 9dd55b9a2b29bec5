package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer downloads everything kept about them, as JSON and as PDF: profile, CV, shortlists and who
 * saw their data; each download is logged; nobody else downloads it through this door.
 */
@IntegrationTest
class PersonalDataExportTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    PersonalDataExport export;
    @Autowired
    CvDocuments documents;
    @Autowired
    Shortlist shortlist;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void the_download_holds_every_section_in_json_and_in_a_readable_pdf() throws Exception {
        var person = new DataRightsFixtures(candidates, accounts, users, jdbc).withAccount(
                new DataRightsFixtures(candidates, accounts, users, jdbc).candidate(true));
        AsUser.run(users, "jobhunter", () -> documents.upload(person.id().value(), "mijn-cv.txt",
                "Werkervaring\nHeftruckchauffeur".getBytes(StandardCharsets.UTF_8)));
        VacancyId vacancy = new VacancyId(jdbc.sql("select id from vacancy where status = 'OPEN' order by id limit 1")
                .query(UUID.class).single());
        AsUser.run(users, "jobhunter", () -> shortlist.add(vacancy, person.id()));
        AsUser.run(users, "jobhunter", () -> candidates.profile(person.id()));

        var download = AsUser.call(users, person.username(),
                () -> export.download(PersonalDataExport.Format.JSON, UiLanguage.EN));
        assertThat(download.mediaType()).isEqualTo("application/json");
        assertThat(download.fileName()).endsWith(".json");
        JsonNode sections = json.readTree(download.content()).get("sections");
        assertThat(sections.propertyNames()).containsExactlyInAnyOrder("profile", "cv", "shortlists", "audit",
                "introductions", "route");
        JsonNode profile = sections.get("profile");
        assertThat(profile.get("contact").get("email").asString()).isEqualTo(person.email());
        assertThat(profile.get("contact").get("phone").asString()).isEqualTo(person.phone());
        assertThat(profile.get("group").asString()).isEqualTo("STATUS_HOLDER_WI2021");
        assertThat(profile.get("otherLanguages").get("ar").asString()).isEqualTo("C2");
        assertThat(profile.get("occupations").get(0).get("escoUri").asString()).isEqualTo(DataRightsFixtures.FORKLIFT);
        assertThat(profile.get("occupations").get(0).get("label").asString()).isNotBlank();
        assertThat(profile.get("certificates").get(0).asString()).isEqualTo("VCA_BASIS");
        assertThat(profile.get("consents").get("matching").asBoolean()).isTrue();
        assertThat(profile.get("consents").get("matchingSince").asString()).isNotBlank();
        assertThat(sections.get("cv").get(0).get("fileName").asString()).isEqualTo("mijn-cv.txt");
        assertThat(sections.get("cv").get(0).get("uploadedAt").asString()).isNotBlank();
        assertThat(sections.get("shortlists").get(0).get("vacancyId").asString()).isEqualTo(vacancy.value().toString());
        assertThat(sections.get("audit").valueStream().anyMatch(entry -> entry.get("what").asString().equals("VIEW")
                && entry.get("role").asString().equals("JOBHUNTER"))).as("the jobhunter's look is listed").isTrue();

        var pdf = AsUser.call(users, person.username(), () -> export.download(PersonalDataExport.Format.PDF,
                UiLanguage.UK));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Профіль", "Резюме", person.givenName(), person.email(), "mijn-cv.txt");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DOWNLOAD' and subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single()).isEqualTo(2);

        // Farsi is shaped and set right to left, Tigrinya in an Ethiopic font: no character is lost
        for (UiLanguage language : new UiLanguage[] {UiLanguage.FA, UiLanguage.TI}) {
            var inLanguage = AsUser.call(users, person.username(),
                    () -> export.download(PersonalDataExport.Format.PDF, language));
            String heading = translations.text(language, "data.section.profile");
            try (var document = Loader.loadPDF(inLanguage.content())) {
                String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                        java.text.Normalizer.Form.NFKC);
                System.out.println("PDF " + language + ": " + text.lines().limit(4).toList() + " / " + heading);
                assertThat(text).as(language.name()).doesNotContain("??").contains(person.givenName());
                assertThat(text.contains(heading) || text.contains(new StringBuilder(heading).reverse()))
                        .as(language + " heading " + heading).isTrue();
            }
        }
    }

    @Autowired
    nl.werkbrug.shared.Translations translations;

    @Test
    void a_jobhunter_or_administrator_cannot_download_someone_elses_data_here() {
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter",
                () -> export.download(PersonalDataExport.Format.JSON, UiLanguage.NL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "admin",
                () -> export.download(PersonalDataExport.Format.PDF, UiLanguage.NL)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

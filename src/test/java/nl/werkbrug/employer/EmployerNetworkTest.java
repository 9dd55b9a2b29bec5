package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The network of inclusive employers in the service layer: who may change a profile, who appears in
 * the directory and how it is searched, who announces events and who may sign up for them.
 */
@IntegrationTest
class EmployerNetworkTest {

    static final String FORKLIFT_DRIVER = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    @Autowired
    EmployerNetwork network;
    @Autowired
    VacancyService vacancies;
    @Autowired
    NetworkEvents events;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_employer_edits_its_own_profile_but_not_another_employers() {
        var other = employer(marker() + " Ander", "bouw", EmployerStatus.APPROVED, Set.of(), true, "");
        var own = AsUser.call(users, "employer", () -> network.myProfile().orElseThrow());
        long audited = auditLog.count("employer-profile", own.employerId().value().toString());
        try {
            var saved = AsUser.call(users, "employer", () -> network.updateProfile(own.employerId(),
                    new ProfileChange(Set.of(Commitment.BUDDY_OR_MENTOR), "Wij leren je het vak.", "werk.example.nl",
                            true)));
            assertThat(saved.commitments()).containsExactly(Commitment.BUDDY_OR_MENTOR);
            assertThat(saved.website()).as("a scheme is added").isEqualTo("https://werk.example.nl");
            assertThat(auditLog.count("employer-profile", own.employerId().value().toString())).isEqualTo(audited + 1);

            assertThatThrownBy(() -> AsUser.run(users, "employer", () -> network.updateProfile(other.id(),
                    new ProfileChange(Set.of(), "overgenomen", null, false))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(users, "municipality", () -> network.updateProfile(other.id(),
                    new ProfileChange(Set.of(), "overgenomen", null, false))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(SystemTask.call("test", () -> network.profile(other.id())).listedInNetwork()).isTrue();
            assertThatThrownBy(() -> AsUser.run(users, "employer", () -> network.updateProfile(own.employerId(),
                    new ProfileChange(Set.of(), "", "javascript:alert(1)", true))))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            AsUser.run(users, "employer", () -> network.updateProfile(own.employerId(), new ProfileChange(
                    own.commitments(), own.description(), own.website(), own.listedInNetwork())));
        }
    }

    @Test
    void only_approved_employers_that_opted_in_appear_in_the_directory() {
        String marker = marker();
        var listed = employer(marker + " Zichtbaar", "logistiek", EmployerStatus.APPROVED, Set.of(), true, "");
        employer(marker + " Niet aangemeld", "logistiek", EmployerStatus.APPROVED, Set.of(), false, "");
        employer(marker + " Wacht", "logistiek", EmployerStatus.PENDING, Set.of(), true, "");
        employer(marker + " Afgewezen", "logistiek", EmployerStatus.REJECTED, Set.of(), true, "");
        employer(marker + " Geschorst", "logistiek", EmployerStatus.SUSPENDED, Set.of(), true, "");

        var found = AsUser.call(users, "newcomer", () -> network.directory(new NetworkQuery(marker, Set.of(), null)));
        assertThat(found).extracting(NetworkEntry::id).containsExactly(listed.id());
        assertThat(found.getFirst().municipality()).isEqualTo("Zeist");
    }

    @Test
    void the_directory_is_searched_by_words_commitments_and_sector() {
        String marker = marker();
        var cafe = employer(marker + " Café De Brug", "horeca", EmployerStatus.APPROVED,
                Set.of(Commitment.LANGUAGE_SUPPORT, Commitment.FLEXIBLE_HOURS_FOR_CLASSES), true,
                "Keukenwerk met een vaste buddy.");
        var store = employer(marker + " Winkel", "detailhandel", EmployerStatus.APPROVED,
                Set.of(Commitment.LANGUAGE_SUPPORT), true, "Vakkenvullen in de ochtend.");

        assertThat(search(marker + " cafe", Set.of(), null)).as("without accents").containsExactly(cafe.id());
        assertThat(search(marker + " buddy", Set.of(), null)).as("in the description").containsExactly(cafe.id());
        assertThat(search(marker, Set.of(Commitment.LANGUAGE_SUPPORT), null))
                .containsExactlyInAnyOrder(cafe.id(), store.id());
        assertThat(search(marker, Set.of(Commitment.LANGUAGE_SUPPORT, Commitment.FLEXIBLE_HOURS_FOR_CLASSES), null))
                .as("every commitment asked for").containsExactly(cafe.id());
        assertThat(search(marker, Set.of(), "Detailhandel")).containsExactly(store.id());
        assertThat(AsUser.call(users, "jobhunter", () -> network.sectors())).contains("horeca", "detailhandel");
    }

    @Test
    void the_directory_counts_open_vacancies_by_type() {
        var approved = employer(marker() + " Met werk", "logistiek", EmployerStatus.APPROVED, Set.of(), true, "");
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        SystemTask.run("test", () -> vacancies.post(new VacancyDraft(approved.id().value(), "Heftruckchauffeur", "",
                VacancyType.JOB, FORKLIFT_DRIVER, Set.of(), Set.of(), nl.werkbrug.shared.CefrLevel.A1, null, 8, 32,
                Set.of(java.time.DayOfWeek.MONDAY), Set.of(), location, new java.math.BigDecimal("16.00"),
                LocalDate.now().plusDays(20), 1, false)));
        var entry = AsUser.call(users, "employer",
                () -> network.directory(new NetworkQuery(approved.name(), Set.of(), null))).getFirst();
        assertThat(entry.openVacancies()).containsEntry(VacancyType.JOB, 1L).doesNotContainKey(VacancyType.VOLUNTEER);
    }

    @Test
    void only_the_municipality_announces_events_and_never_in_the_past() {
        var values = event("Informatieavond werken met een TWV " + marker(), LocalDate.now().plusDays(30));
        for (String user : new String[] {"employer", "jobhunter", "newcomer"}) {
            assertThatThrownBy(() -> AsUser.run(users, user, () -> events.create(values)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        var created = AsUser.call(users, "municipality", () -> events.create(values));
        assertThat(AsUser.call(users, "newcomer", () -> events.upcoming())).extracting(NetworkEventView::id)
                .contains(created.id());
        assertThat(auditLog.count("network-event", created.id().value().toString())).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.run(users, "municipality",
                () -> events.create(event("Gisteren", LocalDate.now().minusDays(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_approved_employers_sign_up_and_only_for_their_own_organisation() {
        var event = AsUser.call(users, "municipality",
                () -> events.create(event("Banenmarkt " + marker(), LocalDate.now().plusDays(40))));
        var approved = employer(marker() + " Komt", "zorg", EmployerStatus.APPROVED, Set.of(), true, "");
        var pending = employer(marker() + " Wacht", "zorg", EmployerStatus.PENDING, Set.of(), true, "");
        var own = AsUser.call(users, "employer", () -> employers.mine().orElseThrow());

        assertThatThrownBy(() -> SystemTask.run("test", () -> events.signUp(event.id(), pending.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "employer", () -> events.signUp(event.id(), approved.id())))
                .as("another organisation").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter", () -> events.signUp(event.id(), own.id())))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run(users, "employer", () -> events.signUp(event.id(), own.id()));
        SystemTask.run("test", () -> events.signUp(event.id(), approved.id()));
        var seen = AsUser.call(users, "jobhunter", () -> events.get(event.id()));
        assertThat(seen.employers()).extracting(NetworkEventView.Attendee::id)
                .containsExactlyInAnyOrder(own.id(), approved.id());

        AsUser.run(users, "employer", () -> events.withdraw(event.id(), own.id()));
        jdbc.sql("update employer set status = 'SUSPENDED' where id = ?").param(approved.id().value()).update();
        assertThat(AsUser.call(users, "newcomer", () -> events.get(event.id())).employers())
                .as("withdrawn, and no longer approved").isEmpty();
    }

    private List<EmployerId> search(String text, Set<Commitment> commitments, String sector) {
        return AsUser.call(users, "newcomer", () -> network.directory(new NetworkQuery(text, commitments, sector)))
                .stream().map(NetworkEntry::id).toList();
    }

    private EmployerView employer(String name, String sector, EmployerStatus status, Set<Commitment> commitments,
                                  boolean listed, String description) {
        var created = SystemTask.call("test", () -> employers.register(new NewEmployer(name, null, sector, "Zeist",
                null, null)));
        SystemTask.run("test", () -> network.updateProfile(created.id(),
                new ProfileChange(commitments, description, null, listed)));
        jdbc.sql("update employer set status = ? where id = ?").param(status.name()).param(created.id().value())
                .update();
        return created;
    }

    private static NewNetworkEvent event(String title, LocalDate date) {
        return new NewNetworkEvent(title, EventKind.INFO_SESSION, date, LocalTime.of(19, 30), "Bibliotheek Zeist",
                "Wat een werkgever moet doen om een asielzoeker aan te nemen.", Set.of("ar", "fa"));
    }

    private static String marker() {
        return "Netwerktest " + UUID.randomUUID().toString().substring(0, 8);
    }
}

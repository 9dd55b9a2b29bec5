package nl.werkbrug.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.shared.WorkDays;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a synthetic population straight into the tables the candidate and vacancy entities map,
 * with PostgreSQL's {@code COPY}: every table of a candidate (profile, contact, languages,
 * occupations, skills, certificates) and of a vacancy (vacancy, skills). No events are published, so
 * the search indices learn of these rows only from a full rebuild.
 */
final class PopulationLoader {

    private final DataSource dataSource;

    PopulationLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void candidates(List<SyntheticPopulation.Person> people, Instant now) {
        copy("candidate (id, location_id, newcomer_group, dutch_level, education_level, available_from, hours_min, "
                + "hours_max, work_days, max_travel_km, asylum_procedure_start, permit_status, permit_status_date, "
                + "uwv_notified_on, volunteer_declaration, matching_consent_at, intake_date)", people, (p, rows) -> {
            CandidateDraft d = p.draft();
            var a = d.availability();
            var r = d.rightToWork();
            rows.row(p.id(), d.locationId(), d.group(), d.dutchLevel(), d.educationLevel(), a.from(), a.hoursMin(),
                    a.hoursMax(), WorkDays.format(a.days()), a.maxTravelKm(), r.asylumProcedureStart(),
                    r.permitStatus(), r.permitStatusDate(), r.uwvNotifiedOn(), r.volunteerDeclaration(),
                    d.matchingConsent() ? now : null, d.intakeDate());
        });
        copy("candidate_contact (candidate_id, given_name, family_name, email, phone)", people, (p, rows) -> {
            var c = p.draft().contact();
            rows.row(p.id(), c.givenName(), c.familyName(), c.email(), c.phone());
        });
        copy("candidate_language (candidate_id, language, level)", people,
                (p, rows) -> p.draft().otherLanguages().forEach((code, level) -> rows.row(p.id(), code, level)));
        copy("candidate_occupation (candidate_id, esco_uri, months_experience, source)", people,
                (p, rows) -> p.draft().occupations().forEach((uri, n) -> rows.row(p.id(), uri, n, "ENTERED")));
        copy("candidate_skill (candidate_id, esco_uri, source)", people,
                (p, rows) -> p.draft().skills().forEach(uri -> rows.row(p.id(), uri, "ENTERED")));
        copy("candidate_certificate (candidate_id, code)", people,
                (p, rows) -> p.draft().certificates().forEach(code -> rows.row(p.id(), code)));
    }

    void vacancies(List<SyntheticPopulation.Post> posts) {
        copy("vacancy (id, employer_id, title, description, type, status, occupation_uri, dutch_level, "
                + "education_level, hours_min, hours_max, work_days, language_days, location_id, hourly_wage, "
                + "start_date, positions, permit_willing)", posts, (p, rows) -> {
            VacancyDraft d = p.draft();
            rows.row(p.id(), d.employerId(), d.title(), d.description(), d.type(), "OPEN", d.occupationUri(),
                    d.dutchLevel(), d.educationLevel(), d.hoursMin(), d.hoursMax(), WorkDays.format(d.workDays()),
                    WorkDays.format(d.languageDays()), d.locationId(), d.hourlyWage(), d.startDate(), d.positions(),
                    d.permitWilling());
        });
        copy("vacancy_skill (vacancy_id, esco_uri, essential)", posts, (p, rows) -> {
            p.draft().optionalSkills().stream().filter(uri -> !p.draft().essentialSkills().contains(uri))
                    .forEach(uri -> rows.row(p.id(), uri, false));
            p.draft().essentialSkills().forEach(uri -> rows.row(p.id(), uri, true));
        });
    }

    /**
     * Vacuums and analyses the database, as autovacuum would some time after a load this size, so that
     * it does not do so while the benchmark measures.
     */
    void vacuum() {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> void copy(String table, List<T> items, BiConsumer<T, Rows> writer) {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
            Rows rows = new Rows(in);
            try {
                items.forEach(item -> writer.accept(item, rows));
                rows.flush();
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copy into " + table + " failed", e);
        }
    }

    /** Rows in COPY's text format, sent in chunks of about a megabyte. */
    private static final class Rows {

        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Rows(CopyIn in) {
            this.in = in;
        }

        void row(@Nullable Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private void append(@Nullable Object value) {
            if (value == null) {
                buffer.append("\\N");
                return;
            }
            String text = value instanceof Boolean b ? (b ? "t" : "f") : value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
            buffer.setLength(0);
        }
    }
}

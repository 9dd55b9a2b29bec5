package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkbrug.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Dutch statutory minimum wage per hour by date and age, from the table administrators keep
 * up to date. Age 21 stands for 21 and older. Where the table has no row for a younger age on a
 * date, the rate is the adult rate times the statutory percentage for that age.
 */
@Service
public class MinimumWages {

    /** One row of the table. */
    public record Rate(LocalDate effectiveFrom, int age, BigDecimal percentage, BigDecimal grossHourly) {
    }

    /** The statutory youth percentages of the adult minimum wage (since 1 July 2017). */
    static final Map<Integer, BigDecimal> PERCENTAGE = Map.of(15, new BigDecimal("30.0"), 16, new BigDecimal("34.5"),
            17, new BigDecimal("39.5"), 18, new BigDecimal("50.0"), 19, new BigDecimal("60.0"), 20,
            new BigDecimal("80.0"), 21, new BigDecimal("100.0"));

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    MinimumWages(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The minimum gross hourly wage for someone of this age on this date; empty before the table starts. */
    @Transactional(readOnly = true)
    public java.util.Optional<BigDecimal> hourly(LocalDate date, int age) {
        int bracket = Math.clamp(age, 15, 21);
        var since = jdbc.sql("select max(effective_from) from minimum_wage where effective_from <= ?")
                .param(date).query(LocalDate.class).optional();
        if (since.isEmpty()) {
            return java.util.Optional.empty();
        }
        var exact = jdbc.sql("select gross_hourly from minimum_wage where effective_from = ? and age = ?")
                .param(since.get()).param(bracket).query(BigDecimal.class).optional();
        if (exact.isPresent()) {
            return exact;
        }
        return jdbc.sql("select gross_hourly from minimum_wage where effective_from = ? and age = 21")
                .param(since.get()).query(BigDecimal.class).optional()
                .map(adult -> adult.multiply(PERCENTAGE.get(bracket)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Rate> all() {
        return jdbc.sql("select effective_from, age, percentage, gross_hourly from minimum_wage "
                        + "order by effective_from desc, age desc")
                .query((rs, n) -> new Rate(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).list();
    }

    /** Adds or corrects a rate (administrators, when the government publishes new figures). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void save(Rate rate) {
        if (rate.age() < 15 || rate.age() > 21 || rate.grossHourly().signum() <= 0) {
            throw new IllegalArgumentException("age must be 15 to 21 (21 = 21 and older), the rate above zero");
        }
        jdbc.sql("""
                insert into minimum_wage (effective_from, age, percentage, gross_hourly) values (?, ?, ?, ?)
                on conflict (effective_from, age) do update set percentage = excluded.percentage,
                    gross_hourly = excluded.gross_hourly""")
                .param(rate.effectiveFrom()).param(rate.age()).param(rate.percentage()).param(rate.grossHourly())
                .update();
        auditLog.record("UPDATE", "minimum_wage", rate.effectiveFrom() + "/" + rate.age(),
                rate.grossHourly().toPlainString());
    }
}

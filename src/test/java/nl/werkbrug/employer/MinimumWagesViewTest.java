package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator adds the figures of a coming half year, and the fair-work check uses them from their date. */
@IntegrationTest
class MinimumWagesViewTest extends SpringBrowserlessTest {

    @Autowired
    MinimumWages wages;

    @Test
    @WithUserDetails("admin")
    void an_administrator_adds_a_dated_rate_that_applies_from_its_date() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        navigate("admin/minimum-wages", Component.class);
        test($view(DatePicker.class).id("wage-from")).setValue(from);
        test($view(IntegerField.class).id("wage-age")).setValue(21);
        $view(BigDecimalField.class).id("wage-hourly").setValue(new BigDecimal("17.25"));
        test($view(Button.class).id("wage-save")).click();
        assertThat(SystemTask.call("test", () -> wages.hourly(from, 30))).contains(new BigDecimal("17.25"));
        assertThat(SystemTask.call("test", () -> wages.hourly(from.minusDays(1), 30)))
                .hasValueSatisfying(rate -> assertThat(rate).isNotEqualTo(new BigDecimal("17.25")));

        $view(BigDecimalField.class).id("wage-hourly").setValue(new BigDecimal("0"));
        test($view(Button.class).id("wage-save")).click();
        assertThat($view(BigDecimalField.class).id("wage-hourly").isInvalid()).isTrue();
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import nl.werkbrug.employer.MinimumWages;
import nl.werkbrug.security.AppRoles;

/**
 * The statutory minimum wage table that the fair-work check uses: administrators add the new
 * figures when the government publishes them (twice a year), dated, per age from 15 to 21 and over.
 */
@Route("admin/minimum-wages")
@RolesAllowed(AppRoles.ADMIN)
class MinimumWagesView extends Main implements HasDynamicTitle {

    private final MinimumWages wages;
    private final Grid<MinimumWages.Rate> grid = new Grid<>();

    MinimumWagesView(MinimumWages wages) {
        this.wages = wages;
        addClassName("view");
        grid.setId("minimum-wages");
        grid.addColumn(MinimumWages.Rate::effectiveFrom).setHeader(getTranslation("wages.from"));
        grid.addColumn(r -> r.age() == 21 ? getTranslation("wages.adult") : String.valueOf(r.age()))
                .setHeader(getTranslation("wages.age"));
        grid.addColumn(r -> r.percentage().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("wages.percentage"));
        grid.addColumn(r -> "EUR " + r.grossHourly().toPlainString()).setHeader(getTranslation("wages.hourly"));
        var from = new DatePicker(getTranslation("wages.from"));
        from.setLocale(getLocale());
        from.setId("wage-from");
        var age = new IntegerField(getTranslation("wages.age"));
        age.setMin(15);
        age.setMax(21);
        age.setHelperText(getTranslation("wages.age.help"));
        age.setId("wage-age");
        var percentage = new BigDecimalField(getTranslation("wages.percentage"));
        percentage.setValue(new BigDecimal("100"));
        percentage.setId("wage-percentage");
        var hourly = new BigDecimalField(getTranslation("wages.hourly"));
        hourly.setId("wage-hourly");
        var save = new Button(getTranslation("wages.save"), click -> {
            if (from.isEmpty() || age.isEmpty() || percentage.isEmpty() || hourly.isEmpty()) {
                Notification.show(getTranslation("wages.incomplete"));
                return;
            }
            try {
                wages.save(new MinimumWages.Rate(from.getValue(), age.getValue(), percentage.getValue(),
                        hourly.getValue()));
                Notification.show(getTranslation("wages.saved"));
                refresh();
            } catch (IllegalArgumentException e) {
                hourly.setInvalid(true);
                hourly.setErrorMessage(getTranslation("wages.invalid"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("wage-save");
        var form = new HorizontalLayout(from, age, percentage, hourly, save);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(new Paragraph(getTranslation("wages.intro")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(wages.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wages.title");
    }
}

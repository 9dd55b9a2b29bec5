package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import nl.werkbrug.employer.MinimumWages;
import nl.werkbrug.security.AppRoles;

/**
 * "My rights at work", in the newcomer's language: what every worker in the Netherlands is entitled
 * to, the signs of an unfair vacancy, and where to get help. The minimum wage shown is today's,
 * from the table the platform checks vacancies against.
 */
@Route("my/rights")
@Menu(title = "nav.rights", order = 3, icon = "vaadin:scale")
@RolesAllowed({AppRoles.NEWCOMER, AppRoles.JOBHUNTER, AppRoles.ADMIN})
class RightsAtWorkView extends Main implements HasDynamicTitle {

    RightsAtWorkView(MinimumWages wages, Clock clock) {
        addClassName("view");
        setId("rights-at-work");
        String minimum = wages.hourly(LocalDate.now(clock), 21)
                .map(w -> NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("nl-NL")).format(w))
                .orElse("");
        add(new Paragraph(getTranslation("rights.intro")), new H2(getTranslation("rights.entitled")),
                list("rights.entitled.", 6, minimum), new H2(getTranslation("rights.signs")),
                list("rights.signs.", 7, minimum), new H2(getTranslation("rights.help")),
                list("rights.help.", 3, minimum));
        var report = new com.vaadin.flow.component.button.Button(getTranslation("signal.title"),
                click -> getUI().ifPresent(ui -> ui.navigate("signals/new")));
        report.setId("report-signal");
        report.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        add(report);
    }

    private UnorderedList list(String prefix, int count, String minimum) {
        var list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i, minimum)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rights");
    }
}

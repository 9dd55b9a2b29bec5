package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.monitor.SmallNumbers;
import nl.werkbrug.security.AppRoles;

/** The municipality's overview: anonymous counts only, small numbers suppressed. */
@Route("monitor")
@Menu(title = "nav.monitor", order = 25, icon = "vaadin:chart")
@RolesAllowed({AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class MonitorView extends Main implements HasDynamicTitle {

    MonitorView(CandidateService candidates, VacancyService vacancies) {
        addClassName("view");
        var small = SmallNumbers.DEFAULT;
        var groups = new FlexLayout();
        groups.setId("candidates-by-group");
        groups.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        groups.addClassName("figures");
        var counts = candidates.countByGroup();
        for (NewcomerGroup group : NewcomerGroup.values()) {
            groups.add(figure(getTranslation("group." + group.name()), small.show(counts.getOrDefault(group, 0L))));
        }
        var types = new FlexLayout();
        types.setId("vacancies-by-type");
        types.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        types.addClassName("figures");
        var open = vacancies.countOpenByType();
        for (VacancyType type : VacancyType.values()) {
            types.add(figure(getTranslation("vacancyType." + type.name()), Long.toString(open.getOrDefault(type, 0L))));
        }
        add(new H2(getTranslation("monitor.candidates")), groups, new H2(getTranslation("monitor.vacancies")), types);
    }

    private static Div figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("value");
        var figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monitor");
    }
}

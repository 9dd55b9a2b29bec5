package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.ExploitationSignals;
import nl.werkbrug.employer.SignalCategory;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.UiLanguage;

/**
 * Report a signal of labour exploitation about a vacancy or an employer, in one's own language,
 * optionally anonymously. What was typed stays in the form until it is sent.
 */
@Route("signals/new")
@RolesAllowed({AppRoles.NEWCOMER, AppRoles.JOBHUNTER, AppRoles.EMPLOYER, AppRoles.ADMIN})
class ReportSignalView extends Main implements HasDynamicTitle {

    ReportSignalView(ExploitationSignals signals, VacancyService vacancies, EmployerService employers) {
        addClassName("view");
        setMaxWidth("48rem");
        Map<UUID, String> names = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(),
                EmployerView::name));
        var category = new Select<SignalCategory>();
        category.setId("signal-category");
        category.setLabel(getTranslation("signal.category"));
        category.setItems(SignalCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("signal.category." + c.name()));
        var vacancy = new ComboBox<VacancyView>(getTranslation("signal.vacancy"));
        vacancy.setId("signal-vacancy");
        vacancy.setItems(vacancies.open(0, 500));
        vacancy.setItemLabelGenerator(v -> v.title() + " · " + names.getOrDefault(v.employerId().value(), ""));
        vacancy.setWidthFull();
        var employer = new ComboBox<EmployerView>(getTranslation("signal.employer"));
        employer.setId("signal-employer");
        employer.setItems(employers.list());
        employer.setItemLabelGenerator(EmployerView::name);
        employer.setWidthFull();
        var description = new TextArea(getTranslation("signal.description"));
        description.setId("signal-description");
        description.setMaxLength(4000);
        description.setWidthFull();
        var anonymous = new Checkbox(getTranslation("signal.anonymous"));
        anonymous.setId("signal-anonymous");
        var result = new Paragraph();
        result.setId("signal-result");
        var send = new Button(getTranslation("signal.send"), click -> {
            if (category.isEmpty() || (vacancy.isEmpty() && employer.isEmpty())) {
                category.setInvalid(category.isEmpty());
                category.setErrorMessage(getTranslation("signal.required"));
                vacancy.setInvalid(vacancy.isEmpty() && employer.isEmpty());
                vacancy.setErrorMessage(getTranslation("signal.required"));
                return;
            }
            signals.report(vacancy.isEmpty() ? null : vacancy.getValue().id(),
                    employer.isEmpty() ? null : employer.getValue().id(), category.getValue(),
                    description.getValue(), anonymous.getValue(), UiLanguage.of(getLocale()).code());
            result.setText(getTranslation("signal.thanks"));
            category.clear();
            vacancy.clear();
            employer.clear();
            description.clear();
        });
        send.setId("signal-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("signal.intro")), category, vacancy, employer, description, anonymous, send,
                result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signal.title");
    }
}

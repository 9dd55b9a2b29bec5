package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.employer.VacancyView;

/**
 * What an employer can do with one of their vacancies, as small buttons in its row: change, pause,
 * close, reopen, copy, and see matches. Only what the vacancy's status allows is offered; a vacancy the
 * municipality suspended offers nothing, and matches and reopening wait for the employer's approval.
 */
class VacancyActions {

    private final VacancyService vacancies;
    private final boolean approved;
    private final Runnable changed;

    VacancyActions(VacancyService vacancies, boolean approved, Runnable changed) {
        this.vacancies = vacancies;
        this.approved = approved;
        this.changed = changed;
    }

    HorizontalLayout of(VacancyView vacancy) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        var status = vacancy.status();
        if (status == VacancyStatus.SUSPENDED) {
            return row;
        }
        String id = vacancy.id().value().toString();
        row.add(button("edit", VaadinIcon.EDIT, () -> UI.getCurrent().navigate("employer/vacancies/" + id + "/edit")));
        if (status == VacancyStatus.OPEN) {
            row.add(status(vacancy, "pause", VaadinIcon.PAUSE, VacancyStatus.PAUSED));
        }
        if (approved && (status == VacancyStatus.PAUSED || status == VacancyStatus.CLOSED
                || status == VacancyStatus.DRAFT)) {
            row.add(status(vacancy, "reopen", VaadinIcon.PLAY, VacancyStatus.OPEN));
        }
        if (status != VacancyStatus.CLOSED) {
            row.add(status(vacancy, "close", VaadinIcon.CLOSE_CIRCLE_O, VacancyStatus.CLOSED));
        }
        row.add(button("copy", VaadinIcon.COPY_O, () -> UI.getCurrent().navigate("employer/vacancies/new",
                QueryParameters.of("copy", id))));
        if (approved) {
            row.add(button("matches", VaadinIcon.USERS,
                    () -> UI.getCurrent().navigate("employer/vacancies/" + id + "/matches")));
        }
        return row;
    }

    private Button status(VacancyView vacancy, String action, VaadinIcon icon, VacancyStatus target) {
        return button(action, icon, () -> {
            try {
                vacancies.changeStatus(vacancy.id(), target);
                var ui = UI.getCurrent();
                Notification.show(ui.getTranslation("vacancyForm.statusChanged", vacancy.title(),
                        ui.getTranslation("vacancyStatus." + target.name())));
            } catch (IllegalArgumentException refused) {
                Notification.show(UI.getCurrent().getTranslation("vacancyForm.statusRefused"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            changed.run();
        });
    }

    private static Button button(String action, VaadinIcon icon, Runnable run) {
        var button = new Button(icon.create(), click -> run.run());
        String label = button.getTranslation("vacancyForm.action." + action);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("vacancy-" + action);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // A click on a button is not also a click on the row, which opens the matches.
        button.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        return button;
    }
}

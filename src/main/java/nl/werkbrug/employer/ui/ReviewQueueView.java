package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.security.AppRoles;

/**
 * The municipality's review queue: vacancies the fair-work check held back (unpaid trial work,
 * fees, housing tied to the job, very long days or weeks, no contract), each with what was found;
 * the reviewer publishes it or not, with a note for the employer.
 */
@Route("review")
@Menu(title = "nav.review", order = 26, icon = "vaadin:check-square-o")
@RolesAllowed({AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class ReviewQueueView extends Main implements HasDynamicTitle {

    private final VacancyService vacancies;
    private final Map<UUID, String> employerNames;
    private final Div queue = new Div();

    ReviewQueueView(VacancyService vacancies, EmployerService employers) {
        this.vacancies = vacancies;
        this.employerNames = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));
        addClassName("view");
        queue.setId("review-queue");
        queue.addClassName("match-cards");
        add(new Paragraph(getTranslation("review.intro")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        var waiting = vacancies.inReview();
        if (waiting.isEmpty()) {
            queue.add(new Paragraph(getTranslation("review.empty")));
        }
        waiting.forEach(v -> queue.add(card(v)));
    }

    private Div card(VacancyView vacancy) {
        var card = new Div();
        card.addClassNames("match-card", "review-item");
        String wage = vacancy.hourlyWage() == null ? "" : NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"))
                .format(vacancy.hourlyWage());
        var facts = new Paragraph(String.join(" · ", employerNames.getOrDefault(vacancy.employerId().value(), ""),
                getTranslation("vacancyType." + vacancy.type().name()), wage,
                vacancy.hoursMin() + "–" + vacancy.hoursMax() + " " + getTranslation("work.hoursPerWeek")));
        facts.addClassName("muted");
        var reasons = new Div();
        reasons.addClassNames("chips", "gaps");
        vacancy.reviewReasons().forEach(code -> {
            var chip = new Span(getTranslation("fairWork.warning." + code));
            chip.addClassNames("chip", "flag");
            reasons.add(chip);
        });
        var description = new Paragraph(vacancy.description());
        var note = new TextArea(getTranslation("review.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        var publish = new Button(getTranslation("review.publish"), click -> decide(vacancy, true, note.getValue()));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("review-publish");
        var reject = new Button(getTranslation("review.reject"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("review.noteNeeded"));
                return;
            }
            decide(vacancy, false, note.getValue());
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClassName("review-reject");
        card.add(new H3(vacancy.title()), facts, reasons, description, note, new HorizontalLayout(publish, reject));
        return card;
    }

    private void decide(VacancyView vacancy, boolean publish, String note) {
        vacancies.review(vacancy.id(), publish, note.isBlank() ? null : note.strip());
        Notification.show(getTranslation(publish ? "review.published" : "review.rejected", vacancy.title()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}

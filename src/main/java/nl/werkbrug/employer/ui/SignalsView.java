package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.ExploitationSignals;
import nl.werkbrug.employer.SignalStatus;
import nl.werkbrug.employer.SignalView;
import nl.werkbrug.security.AppRoles;

/**
 * The municipality's queue of exploitation signals: each with what it is about, notes, a referral to
 * the Labour Authority, suspending the vacancy or the employer, and closing with an outcome.
 */
@Route("signals")
@Menu(title = "nav.signals", order = 27, icon = "vaadin:warning")
@RolesAllowed({AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class SignalsView extends Main implements HasDynamicTitle {

    static final List<String> OUTCOMES = List.of("UNFOUNDED", "RESOLVED_WITH_EMPLOYER", "VACANCY_SUSPENDED",
            "EMPLOYER_SUSPENDED", "REFERRED_TO_LABOUR_AUTHORITY");

    private final ExploitationSignals signals;
    private final Map<UUID, String> employerNames;
    private final Div queue = new Div();

    SignalsView(ExploitationSignals signals, EmployerService employers) {
        this.signals = signals;
        this.employerNames = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));
        addClassName("view");
        queue.setId("signals");
        queue.addClassName("match-cards");
        add(new Paragraph(getTranslation("signals.intro")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        var open = signals.queue(null);
        if (open.isEmpty()) {
            queue.add(new Paragraph(getTranslation("signals.empty")));
        }
        open.forEach(s -> queue.add(card(s)));
    }

    private Div card(SignalView signal) {
        var card = new Div();
        card.addClassNames("match-card", "signal");
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(signal.createdAt().atZone(ZoneId.of("Europe/Amsterdam")));
        var facts = new Paragraph(String.join(" · ",
                signal.employerId() == null ? "" : employerNames.getOrDefault(signal.employerId().value(), ""),
                getTranslation("signal.status." + signal.status().name()), when,
                signal.anonymous() ? getTranslation("signals.anonymous") : getTranslation("role." + signal.reporterRole()),
                signal.language()));
        facts.addClassName("muted");
        var notes = new UnorderedList();
        signal.notes().forEach(n -> notes.add(new ListItem(n.author() + ": " + n.text())));
        var note = new TextField(getTranslation("signals.note"));
        note.setWidthFull();
        var addNote = new Button(getTranslation("signals.addNote"), click -> {
            if (!note.getValue().isBlank()) {
                signals.note(signal.id(), note.getValue());
                refresh();
            }
        });
        var reference = new TextField(getTranslation("signals.reference"));
        var refer = new Button(getTranslation("signals.refer"), click -> {
            signals.decide(signal.id(), SignalStatus.REFERRED, null, reference.getValue().isBlank() ? null
                    : reference.getValue());
            refresh();
        });
        var suspendVacancy = new Button(getTranslation("signals.suspendVacancy"), click -> {
            signals.suspendVacancy(signal.id());
            refresh();
        });
        suspendVacancy.setEnabled(signal.vacancyId() != null);
        var suspendEmployer = new Button(getTranslation("signals.suspendEmployer"), click -> {
            signals.suspendEmployer(signal.id());
            refresh();
        });
        suspendEmployer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var outcome = new Select<String>();
        outcome.setLabel(getTranslation("signals.outcome"));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("signal.outcome." + o));
        outcome.addClassName("signal-outcome");
        var close = new Button(getTranslation("signals.close"), click -> {
            if (outcome.isEmpty()) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("signals.outcomeNeeded"));
                return;
            }
            signals.decide(signal.id(), SignalStatus.CLOSED, outcome.getValue(), null);
            refresh();
        });
        close.addClassName("signal-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var noteRow = new HorizontalLayout(note, addNote);
        noteRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        noteRow.setWidthFull();
        var referRow = new HorizontalLayout(reference, refer, suspendVacancy, suspendEmployer);
        referRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        referRow.setWrap(true);
        var closeRow = new HorizontalLayout(outcome, close);
        closeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        card.add(new H3(getTranslation("signal.category." + signal.category().name())), facts,
                new Paragraph(signal.description()), notes, noteRow, referRow, closeRow);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.signals");
    }
}

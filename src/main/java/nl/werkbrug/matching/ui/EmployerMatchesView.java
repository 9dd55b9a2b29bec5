package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.placement.IntroductionStatus;
import nl.werkbrug.placement.Introductions;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;

/**
 * Matches for one of the employer's own vacancies, anonymous and skills first: occupations,
 * experience, skills, certificates, Dutch level and the reasons, never a name, contact, photo,
 * age, gender, nationality or religion, until the candidate agrees to an introduction.
 */
@Route("employer/vacancies/:id/matches")
@RolesAllowed({AppRoles.EMPLOYER, AppRoles.ADMIN})
class EmployerMatchesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 10;

    private final MatchService matches;
    private final MatchTexts texts;
    private final VacancyService vacancies;
    private final Introductions introductions;
    private final Div list = new Div();
    private Set<String> asked = Set.of();
    private final Button more = new Button();
    private VacancyId vacancyId = new VacancyId(new UUID(0, 0));
    private String title = "";
    private int shown;

    EmployerMatchesView(MatchService matches, MatchTexts texts, VacancyService vacancies,
                        Introductions introductions) {
        this.matches = matches;
        this.texts = texts;
        this.vacancies = vacancies;
        this.introductions = introductions;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            vacancyId = new VacancyId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("vacancy", event.getRouteParameters().get("id").orElse(""));
        }
        title = vacancies.managed(vacancyId).title();
        asked = introductions.forVacancy(vacancyId).stream()
                .filter(r -> r.status() != IntroductionStatus.WITHDRAWN)
                .map(r -> r.candidateId().toString()).collect(Collectors.toSet());
        removeAll();
        list.removeAll();
        shown = 0;
        list.setId("employer-matches");
        list.addClassName("match-cards");
        more.setText(getTranslation("work.more"));
        more.addClickListener(click -> load());
        var privacy = new Paragraph(getTranslation("employerMatches.privacy"));
        privacy.addClassName("muted");
        add(new H2(getTranslation("employerMatches.title", title)), privacy, list, more);
        load();
    }

    private void load() {
        UiLanguage language = UiLanguage.of(getLocale());
        var page = matches.anonymousCandidatesFor(vacancyId, shown, PAGE);
        for (var match : page) {
            shown++;
            list.add(card(match, shown, language));
        }
        more.setVisible(page.size() == PAGE);
        if (shown == 0) {
            list.add(new Paragraph(getTranslation("work.none")));
        }
    }

    private Div card(MatchService.Match match, int number, UiLanguage language) {
        var card = new Div();
        card.addClassNames("match-card", "anonymous");
        var profile = match.candidate();
        card.add(new H3(getTranslation("employerMatches.candidate", number)));
        if (profile != null) {
            List<String> facts = new ArrayList<>();
            profile.occupations().forEach(uri -> facts.add(texts.label(uri, language)));
            if (profile.monthsExperience() > 0) {
                facts.add(getTranslation("employerMatches.experience", profile.monthsExperience()));
            }
            facts.add(getTranslation("employerMatches.dutch", profile.dutchLevel().name()));
            if (profile.educationLevel() != null) {
                facts.add(getTranslation("isced." + profile.educationLevel()));
            }
            if (match.distanceKm() != null) {
                facts.add(match.distanceKm() + " km");
            }
            var line = new Paragraph(String.join(" · ", facts));
            line.addClassName("muted");
            var skills = new Div();
            skills.addClassNames("chips", "skills");
            profile.skills().stream().map(uri -> texts.label(uri, language)).sorted()
                    .forEach(label -> skills.add(MatchChips.chip(label, "skill")));
            profile.certificates().forEach(code -> skills.add(MatchChips.chip(
                    getTranslation("certificate." + code), "certificate")));
            card.add(line, skills);
        }
        card.add(MatchChips.reasons(match, texts, language), MatchChips.gaps(match, texts, language));
        card.add(introduction(match));
        return card;
    }

    /** Asking for an introduction: a message that goes to the candidate's jobhunter, not to the candidate. */
    private Component introduction(MatchService.Match match) {
        var state = new Div();
        if (asked.contains(match.id())) {
            state.add(MatchChips.chip(getTranslation("introduction.asked"), "asked"));
            return state;
        }
        var ask = new Button(getTranslation("introduction.ask"));
        ask.addClassName("ask-introduction");
        ask.addClickListener(click -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("introduction.ask"));
            var message = new TextArea(getTranslation("introduction.message"));
            message.setHelperText(getTranslation("introduction.messageHelp"));
            message.setMaxLength(2000);
            message.setWidthFull();
            message.setId("introduction-message");
            var send = new Button(getTranslation("introduction.send"), sent -> {
                if (message.getValue().isBlank()) {
                    message.setInvalid(true);
                    message.setErrorMessage(getTranslation("introduction.messageNeeded"));
                    return;
                }
                introductions.ask(vacancyId, new CandidateId(UUID.fromString(match.id())), message.getValue());
                dialog.close();
                state.removeAll();
                state.add(MatchChips.chip(getTranslation("introduction.asked"), "asked"));
                Notification.show(getTranslation("introduction.sent"));
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("introduction-send");
            dialog.add(new Paragraph(getTranslation("introduction.explain")), message);
            dialog.getFooter().add(new Button(getTranslation("introduction.cancel"), c -> dialog.close()), send);
            dialog.open();
        });
        state.add(ask);
        return state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employerMatches.title", title);
    }
}

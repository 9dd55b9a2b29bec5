package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.matching.MatchService;
import nl.werkbrug.matching.MatchTexts;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.UiLanguage;

/**
 * "Work for me": the newcomer's own matches, in their language, each with why it fits, what is
 * missing and what would help most. Shown only when the person consented to matching.
 */
@Route("my/work")
@Menu(title = "nav.work", order = 2, icon = "vaadin:briefcase")
@RolesAllowed(AppRoles.NEWCOMER)
class WorkForMeView extends Main implements HasDynamicTitle {

    private static final int PAGE = 10;

    private final MatchService matches;
    private final MatchTexts texts;
    private final VacancyService vacancies;
    private final Div list = new Div();
    private final Button more = new Button();
    private final Map<UUID, String> employerNames;
    private int shown;

    WorkForMeView(CandidateService candidates, MatchService matches, MatchTexts texts, VacancyService vacancies,
                  EmployerService employers) {
        this.matches = matches;
        this.texts = texts;
        this.vacancies = vacancies;
        addClassName("view");
        employerNames = employers.list().stream().collect(Collectors.toMap(e -> e.id().value(), EmployerView::name));
        var profile = candidates.mine();
        if (profile.isEmpty()) {
            add(new Paragraph(getTranslation("work.noProfile")));
            return;
        }
        if (profile.get().matchingConsentAt() == null) {
            var note = new Paragraph(getTranslation("work.noConsent"));
            note.setId("work-no-consent");
            add(note);
            return;
        }
        add(new Paragraph(getTranslation("work.intro")));
        list.setId("work-for-me");
        list.addClassName("match-cards");
        more.setText(getTranslation("work.more"));
        more.setId("work-more");
        more.addClickListener(click -> load(profile.get()));
        add(list, more);
        load(profile.get());
    }

    private void load(CandidateProfile profile) {
        UiLanguage language = UiLanguage.of(getLocale());
        var page = matches.vacanciesFor(profile.id(), MatchService.Filter.NONE, shown, PAGE);
        for (var match : page) {
            list.add(card(match, language));
        }
        shown += page.size();
        more.setVisible(page.size() == PAGE);
        if (shown == 0) {
            list.add(new Paragraph(getTranslation("work.none")));
        }
    }

    private Div card(MatchService.Match match, UiLanguage language) {
        var vacancy = vacancies.get(new VacancyId(UUID.fromString(match.id())));
        var card = new Div();
        card.addClassName("match-card");
        var facts = new Paragraph(String.join(" · ", employerNames.getOrDefault(vacancy.employerId().value(), ""),
                getTranslation("vacancyType." + vacancy.type().name()),
                vacancy.hoursMin() + "–" + vacancy.hoursMax() + " " + getTranslation("work.hoursPerWeek"),
                match.distanceKm() == null ? "" : match.distanceKm() + " km"));
        facts.addClassName("muted");
        card.add(new H3(vacancy.title()), facts, new H4(getTranslation("work.why")),
                MatchChips.reasons(match, texts, language));
        if (!match.gaps().isEmpty() || !match.flags().isEmpty()) {
            card.add(new H4(getTranslation("work.missing")), MatchChips.gaps(match, texts, language));
        }
        if (!match.steps().isEmpty()) {
            card.add(new H4(getTranslation("work.steps")), MatchChips.steps(match, texts, language));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.work");
    }
}

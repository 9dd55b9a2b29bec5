package nl.werkbrug.employer.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.BeanValidator;
import java.util.UUID;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.employer.WorkTerms;
import nl.werkbrug.organisation.LocationView;
import org.jspecify.annotations.Nullable;

/**
 * Binds the vacancy form to a draft. Each field is checked against the draft's own bean validation
 * constraints, so the rules live in one place and their messages come in the language of the screen;
 * a required field says so in our own words. A record has no setters: the bindings only read, and the
 * form writes the draft itself once every field is valid. (A binding without a setter would make its
 * field read-only, hence a setter that does nothing.)
 */
class VacancyBinder extends Binder<VacancyDraft> {

    VacancyBinder(VacancyForm form) {
        String required = form.getTranslation("vacancyForm.required");
        forField(form.type).asRequired(required).bind(VacancyDraft::type, unset());
        forField(form.title).asRequired(required).withValidator(rule("title")).bind(VacancyDraft::title, unset());
        forField(form.description).withValidator(rule("description")).bind(VacancyDraft::description, unset());
        forField(form.occupation.occupation).asRequired(required).bind(VacancyDraft::occupationUri, unset());
        forField(form.occupation.essential).bind(VacancyDraft::essentialSkills, unset());
        forField(form.occupation.optional).bind(VacancyDraft::optionalSkills, unset());
        forField(form.dutch).asRequired(required).bind(VacancyDraft::dutchLevel, unset());
        forField(form.languages).withValidator(rule("otherLanguages")).bind(VacancyDraft::otherLanguages, unset());
        forField(form.education).withValidator(rule("educationLevel")).bind(VacancyDraft::educationLevel, unset());
        forField(form.hoursMin).asRequired(required).withValidator(rule("hoursMin"))
                .bind(VacancyDraft::hoursMin, unset());
        forField(form.hoursMax).asRequired(required).withValidator(rule("hoursMax"))
                .withValidator(max -> form.hoursMin.getValue() == null || max >= form.hoursMin.getValue(),
                        form.getTranslation("vacancyForm.hours.order"))
                .bind(VacancyDraft::hoursMax, unset());
        forField(form.workDays).bind(VacancyDraft::workDays, unset());
        forField(form.dual.languageDays).bind(VacancyDraft::languageDays, unset());
        forField(form.dual.languageSupport).bind(VacancyDraft::languageSupport, unset());
        forField(form.dual.target).bind(VacancyDraft::dutchLevelTarget, unset());
        forField(form.startDate).bind(VacancyDraft::startDate, unset());
        forField(form.location).asRequired(required)
                .withConverter(place -> place == null ? null : place.id().value(), id -> place(form, id))
                .bind(VacancyDraft::locationId, unset());
        forField(form.positions).asRequired(required).withValidator(rule("positions"))
                .bind(VacancyDraft::positions, unset());
        forField(form.permit).bind(VacancyDraft::permitWilling, unset());
        forField(form.certificates).bind(VacancyDraft::certificates, unset());
        bindTerms(form, required);
    }

    private void bindTerms(VacancyForm form, String required) {
        var terms = form.terms;
        forField(terms.wage)
                .withValidator(wage -> wage != null || form.type.getValue() == null || !form.type.getValue().paid(),
                        form.getTranslation("vacancyForm.wage.required"))
                .withValidator(rule("hourlyWage")).bind(VacancyDraft::hourlyWage, unset());
        forField(terms.contract).bind(draft -> draft.terms().contractType(), unset());
        forField(terms.minimumAge).asRequired(required).withValidator(new BeanValidator(WorkTerms.class, "minimumAge"))
                .bind(draft -> draft.terms().minimumAge(), unset());
        forField(terms.maxHoursPerDay).withValidator(new BeanValidator(WorkTerms.class, "maxHoursPerDay"))
                .bind(draft -> draft.terms().maxHoursPerDay(), unset());
        forField(terms.housingTied).bind(draft -> draft.terms().housingTied(), unset());
        forField(terms.feesCharged).bind(draft -> draft.terms().feesCharged(), unset());
        forField(terms.unpaidTrial).bind(draft -> draft.terms().unpaidTrial(), unset());
    }

    private static <V> Setter<VacancyDraft, V> unset() {
        return (draft, value) -> {
        };
    }

    private static BeanValidator rule(String property) {
        return new BeanValidator(VacancyDraft.class, property);
    }

    private static @Nullable LocationView place(VacancyForm form, UUID id) {
        return form.location.getListDataView().getItems().filter(place -> place.id().value().equals(id)).findFirst()
                .orElse(null);
    }
}

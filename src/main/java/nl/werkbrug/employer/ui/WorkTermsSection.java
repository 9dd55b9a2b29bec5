package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.WorkTerms;

/**
 * The pay and the terms of the work that the fair-work check reads. They are asked plainly, as
 * ticks, because housing tied to the job, fees and unpaid trial work are what exploitation often
 * hides behind: ticked, the vacancy waits for the municipality's review before it is published.
 */
class WorkTermsSection extends Composite<VerticalLayout> {

    final BigDecimalField wage = new BigDecimalField();
    final Select<ContractType> contract = new Select<>();
    final IntegerField minimumAge = new IntegerField();
    final IntegerField maxHoursPerDay = new IntegerField();
    final Checkbox housingTied = new Checkbox();
    final Checkbox feesCharged = new Checkbox();
    final Checkbox unpaidTrial = new Checkbox();

    WorkTermsSection() {
        wage.setLabel(getTranslation("vacancyForm.wage"));
        wage.setPrefixComponent(VaadinIcon.EURO.create());
        wage.setId("vacancy-wage");
        contract.setLabel(getTranslation("vacancyForm.contract"));
        contract.setHelperText(getTranslation("vacancyForm.contract.help"));
        contract.setItems(ContractType.values());
        contract.setItemLabelGenerator(type -> type == null ? "" : getTranslation("vacancyForm.contract." + type.name()));
        contract.setEmptySelectionAllowed(true);
        contract.setEmptySelectionCaption(getTranslation("vacancyForm.contract.none"));
        contract.setId("vacancy-contract");
        minimumAge.setLabel(getTranslation("vacancyForm.minimumAge"));
        minimumAge.setHelperText(getTranslation("vacancyForm.minimumAge.help"));
        minimumAge.setStepButtonsVisible(true);
        minimumAge.setId("vacancy-minimum-age");
        maxHoursPerDay.setLabel(getTranslation("vacancyForm.maxHoursPerDay"));
        maxHoursPerDay.setStepButtonsVisible(true);
        maxHoursPerDay.setId("vacancy-max-hours-per-day");
        housingTied.setLabel(getTranslation("vacancyForm.housingTied"));
        housingTied.setId("vacancy-housing-tied");
        feesCharged.setLabel(getTranslation("vacancyForm.feesCharged"));
        feesCharged.setId("vacancy-fees-charged");
        unpaidTrial.setLabel(getTranslation("vacancyForm.unpaidTrial"));
        unpaidTrial.setId("vacancy-unpaid-trial");
        var review = new Paragraph(getTranslation("vacancyForm.terms.review"));
        review.addClassName("muted");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("vacancyForm.section.terms")),
                VacancyForm.columns(wage, contract, minimumAge, maxHoursPerDay), review, housingTied, feesCharged,
                unpaidTrial);
    }

    WorkTerms value() {
        return new WorkTerms(contract.getValue(), minimumAge.getValue(), maxHoursPerDay.getValue(),
                housingTied.getValue(), feesCharged.getValue(), unpaidTrial.getValue());
    }
}

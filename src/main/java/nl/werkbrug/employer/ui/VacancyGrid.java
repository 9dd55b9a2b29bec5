package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.grid.Grid;
import java.text.NumberFormat;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.employer.VacancyView;

/** A grid of vacancies, with the columns every view of them shares. */
class VacancyGrid extends Grid<VacancyView> {

    VacancyGrid(Map<UUID, String> employerNames, Map<UUID, String> locationNames) {
        addColumn(VacancyView::title).setHeader(getTranslation("vacancy.title")).setAutoWidth(true).setFlexGrow(2);
        if (!employerNames.isEmpty()) {
            addColumn(v -> employerNames.getOrDefault(v.employerId().value(), ""))
                    .setHeader(getTranslation("vacancy.employer"));
        }
        addColumn(v -> getTranslation("vacancyType." + v.type().name())).setHeader(getTranslation("vacancy.type"));
        addColumn(v -> locationNames.getOrDefault(v.locationId(), "")).setHeader(getTranslation("vacancy.location"));
        addColumn(v -> v.dutchLevel().name()).setHeader(getTranslation("vacancy.dutch"));
        addColumn(v -> v.hoursMin() + "–" + v.hoursMax()).setHeader(getTranslation("vacancy.hours"));
        addColumn(v -> v.hourlyWage() == null ? "" : NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("nl-NL"))
                .format(v.hourlyWage())).setHeader(getTranslation("vacancy.wage"));
        addColumn(v -> getTranslation("vacancyStatus." + v.status().name())).setHeader(getTranslation("vacancy.status"));
        getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
    }
}

package nl.werkbrug.admin.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.AuditEntry;
import nl.werkbrug.security.AuditQuery;
import nl.werkbrug.security.AuditSearch;

/**
 * The audit log for administrators: who saw or changed what, when and why, newest first, filtered by
 * actor, action, subject and period, loaded page by page; the filtered rows download as CSV.
 */
@Route("admin/audit")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AuditSearch audit;
    private final TextField actor = filter("audit.actor", "audit-actor");
    private final TextField action = filter("audit.action", "audit-action");
    private final TextField subjectType = filter("audit.subjectType", "audit-subject-type");
    private final TextField subjectId = filter("audit.subjectId", "audit-subject-id");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditSearch audit) {
        this.audit = audit;
        addClassNames("view", "full");
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.occurredAt().atZone(ZONE))).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.actorRole().isEmpty() ? "" : e.actorRole()).setHeader(getTranslation("audit.role"));
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(AuditEntry::subjectType).setHeader(getTranslation("audit.subjectType"));
        grid.addColumn(AuditEntry::subjectId).setHeader(getTranslation("audit.subjectId")).setAutoWidth(true);
        grid.addColumn(e -> e.purpose() == null ? "" : e.purpose()).setHeader(getTranslation("audit.purpose"));
        grid.setItems(query -> audit.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(query())));
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = audit.csv(query());
            return new DownloadResponse(new ByteArrayInputStream(content), "audit-log.csv", "text/csv", content.length);
        }), getTranslation("audit.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("audit-csv");
        var filters = new HorizontalLayout(actor, action, subjectType, subjectId, from, to, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), filters, grid);
    }

    /** The filters as they stand. */
    AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue(), subjectType.getValue(), subjectId.getValue(),
                from.getValue(), to.getValue());
    }

    private TextField filter(String key, String id) {
        var field = new TextField(getTranslation(key));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> refresh());
        field.setId(id);
        return field;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}

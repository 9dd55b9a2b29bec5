package nl.werkbrug.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import nl.werkbrug.matching.SearchRebuild;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.ApiScope;
import nl.werkbrug.security.ApiTokenService;
import nl.werkbrug.security.ApiTokenSummary;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.security.UserService;
import nl.werkbrug.security.UserSummary;

/** Administration: accounts and the API tokens issued to them. */
@Route("admin")
@Menu(title = "nav.admin", order = 0, icon = "vaadin:cogs")
@RolesAllowed(AppRoles.ADMIN)
class AdminView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> tokenGrid = new Grid<>();
    private final Grid<UserSummary> userGrid = new Grid<>();

    AdminView(UserService users, ApiTokenService tokens, OrganisationService organisations, SearchRebuild rebuild) {
        this.users = users;
        this.tokens = tokens;
        addClassName("view");
        userGrid.setId("users");
        userGrid.addColumn(UserSummary::username).setHeader(getTranslation("admin.user.username"));
        userGrid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.user.name"));
        userGrid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.user.roles"));
        userGrid.setItems(users.list());
        userGrid.setAllRowsVisible(true);

        tokenGrid.setId("tokens");
        tokenGrid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("admin.token.name"));
        tokenGrid.addColumn(ApiTokenSummary::owner).setHeader(getTranslation("admin.token.owner"));
        tokenGrid.addColumn(t -> t.scopes().stream().map(ApiScope::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.token.scopes"));
        tokenGrid.addColumn(t -> t.revokedAt() == null ? "" : getTranslation("admin.token.revoked"));
        tokenGrid.setAllRowsVisible(true);
        refreshTokens();

        add(new H2(getTranslation("admin.users")), userGrid,
                new AccountForm(users, organisations, () -> userGrid.setItems(users.list())),
                new H2(getTranslation("admin.tokens")),
                tokenForm(users.list()), tokenGrid,
                new H2(getTranslation("admin.search")), searchRebuild(rebuild),
                new H2(getTranslation("wages.title")), wagesLink(),
                new H2(getTranslation("audit.title")), auditLink());
    }

    /** The minimum wage table lives with the employers' fair-work check; linked by its route. */
    private Anchor wagesLink() {
        var link = new Anchor("admin/minimum-wages", getTranslation("admin.minimumWages"));
        link.setId("minimum-wages-link");
        return link;
    }

    /** The audit log search: who saw or changed whose personal data. */
    private Anchor auditLink() {
        var link = new Anchor("admin/audit", getTranslation("admin.audit"));
        link.setId("audit-link");
        return link;
    }

    /** A full rebuild of the search indices; searches keep answering while it runs. */
    private com.vaadin.flow.component.Component searchRebuild(SearchRebuild rebuild) {
        var result = new com.vaadin.flow.component.html.Paragraph(getTranslation("admin.search.explained"));
        result.setId("search-rebuild-result");
        var start = new Button(getTranslation("admin.search.rebuild"), click -> {
            var report = rebuild.rebuildAll();
            result.setText(getTranslation("admin.search.done", report.candidates(), report.vacancies(),
                    report.millis()));
        });
        start.setId("search-rebuild");
        start.setDisableOnClick(true);
        return new com.vaadin.flow.component.orderedlayout.VerticalLayout(result, start);
    }

    private HorizontalLayout tokenForm(java.util.List<UserSummary> accounts) {
        var name = new TextField(getTranslation("admin.token.name"));
        name.setRequired(true);
        var owner = new ComboBox<UserSummary>(getTranslation("admin.token.owner"), accounts);
        owner.setItemLabelGenerator(UserSummary::username);
        owner.setRequired(true);
        var scopes = new CheckboxGroup<ApiScope>(getTranslation("admin.token.scopes"), ApiScope.values());
        scopes.setItemLabelGenerator(ApiScope::code);
        var create = new Button(getTranslation("admin.token.create"), click -> {
            if (name.isEmpty() || owner.isEmpty() || scopes.isEmpty()) {
                Notification.show(getTranslation("admin.token.incomplete")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            String secret = tokens.create(owner.getValue().id(), name.getValue(), EnumSet.copyOf(scopes.getValue()), null);
            var shown = new Notification(getTranslation("admin.token.created", secret));
            shown.setDuration(0);
            shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            shown.add(new Button(getTranslation("action.close"), c -> shown.close()));
            shown.open();
            refreshTokens();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, owner, scopes, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin");
    }
}

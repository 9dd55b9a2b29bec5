package nl.werkbrug.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.werkbrug.notification.Notifications;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.UiLanguage;

/**
 * The frame around every view: the navigation of one's own role, the language and signing out. It
 * stays while the views change, so it follows a language chosen with {@code ?lang=} on a later view.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    private final SideNav navigation = new SideNav();
    private final Span viewTitle = new Span();
    private final Span brand = new Span();
    private final Span credit = new Span();
    private final Button logout = new Button();
    private final Select<UiLanguage> language = languageSelect();
    private final Notifications notifications;
    private final Anchor bell = new Anchor("notifications");
    private final Span unread = new Span();

    MainLayout(AuthenticationContext authentication, UserService users, Notifications notifications) {
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        brand.addClassName("brand");
        navigation.addClassName("main-navigation");
        addToDrawer(brand, navigation, new Footer(credit));

        viewTitle.addClassName("view-title");
        var user = new Span(CurrentUser.get().isPresent() ? users.displayName() : "");
        user.addClassName("user-name");
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.addClickListener(click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        bell.setId("notifications");
        bell.getElement().setAttribute("router-link", true);
        bell.addClassName("notification-bell");
        unread.addClassNames("chip", "flag", "unread-count");
        bell.add(VaadinIcon.BELL.create(), unread);
        var bar = new HorizontalLayout(viewTitle, language, bell, user, logout);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(viewTitle);
        bar.addClassName("top-bar");
        addToNavbar(new DrawerToggle(), bar);
        translate();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        brand.setText(getTranslation("app.name"));
        credit.setText(getTranslation("esco.credit"));
        logout.setText(getTranslation("action.logout"));
        language.setAriaLabel(getTranslation("language.choose"));
        language.setValue(UiLanguage.of(getLocale()));
    }

    private Select<UiLanguage> languageSelect() {
        var select = new Select<UiLanguage>();
        select.setId("language");
        select.setItems(UiLanguage.values());
        select.setItemLabelGenerator(UiLanguage::nativeName);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().getPage().fetchCurrentURL(url ->
                        UI.getCurrent().getPage().setLocation(url.getPath() + "?"
                                + LanguageSupport.PARAMETER + "=" + change.getValue().code()));
            }
        });
        return select;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        updateBell();
    }

    /** The number of unread notifications, read anew on every navigation. */
    private void updateBell() {
        long count = CurrentUser.get().isPresent() ? notifications.unreadCount() : 0;
        unread.setText(count == 0 ? "" : String.valueOf(count));
        unread.setVisible(count > 0);
        bell.getElement().setAttribute("aria-label", getTranslation("notification.bell", count));
        bell.getElement().setAttribute("title", getTranslation("notification.bell", count));
    }
}

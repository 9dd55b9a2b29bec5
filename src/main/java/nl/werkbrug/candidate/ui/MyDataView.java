package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import nl.werkbrug.candidate.CandidateErasure;
import nl.werkbrug.candidate.PersonalDataExport;
import nl.werkbrug.security.AppRoles;
import nl.werkbrug.shared.UiLanguage;

/**
 * The newcomer's data rights: download everything kept about them (JSON and PDF), and delete their
 * account and profile after typing a confirmation word.
 */
@Route("my/data")
@Menu(title = "nav.myData", order = 4, icon = "vaadin:file-text-o")
@RolesAllowed(AppRoles.NEWCOMER)
class MyDataView extends Main implements HasDynamicTitle {

    private final PersonalDataExport export;
    private final CandidateErasure erasure;
    private final AuthenticationContext authentication;

    MyDataView(PersonalDataExport export, CandidateErasure erasure, AuthenticationContext authentication) {
        this.export = export;
        this.erasure = erasure;
        this.authentication = authentication;
        addClassName("view");
        var downloads = new HorizontalLayout(download(PersonalDataExport.Format.JSON, "data.download.json"),
                download(PersonalDataExport.Format.PDF, "data.download.pdf"));
        var delete = new Button(getTranslation("data.delete"), VaadinIcon.TRASH.create(), click -> confirm());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("data-delete");
        add(new H2(getTranslation("data.download.title")), new Paragraph(getTranslation("data.download.intro")),
                downloads, new H2(getTranslation("data.delete.title")),
                new Paragraph(getTranslation("data.delete.intro")), delete,
                new H2(getTranslation("data.retention.title")), new Paragraph(getTranslation("data.retention.intro")));
    }

    private Anchor download(PersonalDataExport.Format format, String key) {
        UiLanguage language = UiLanguage.of(getLocale());
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = export.download(format, language);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("data-download-" + format.name().toLowerCase(Locale.ROOT));
        return anchor;
    }

    private void confirm() {
        String word = getTranslation("data.delete.word");
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("data.delete.title"));
        dialog.setId("data-delete-dialog");
        var typed = new TextField(getTranslation("data.delete.type", word));
        typed.setId("data-delete-word");
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        var confirm = new Button(getTranslation("data.delete.confirm"), click -> {
            erasure.eraseMine();
            dialog.close();
            authentication.logout();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setId("data-delete-confirm");
        typed.addValueChangeListener(change -> confirm.setEnabled(
                change.getValue().strip().equalsIgnoreCase(word)));
        dialog.add(new Paragraph(getTranslation("data.delete.warning")), typed);
        dialog.getFooter().add(new Button(getTranslation("data.delete.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myData");
    }
}

package nl.werkbrug.cv.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import nl.werkbrug.cv.CvParseResult;
import nl.werkbrug.cv.CvParser;
import nl.werkbrug.cv.CvRejected;

/**
 * Upload of a CV (at most 10 MB) with a progress bar. What the CV yields is handed to the form as
 * suggestions, which the person keeps or removes before saving; a file that cannot be read gets a
 * message in the person's language and nothing they entered is lost.
 */
public class CvUpload extends Composite<VerticalLayout> {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private final CvParser parser;
    private final Consumer<CvParseResult> suggestions;
    private final Paragraph message = new Paragraph();

    public CvUpload(CvParser parser, Consumer<CvParseResult> suggestions) {
        this.parser = parser;
        this.suggestions = suggestions;
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".html", ".htm", ".jpg",
                ".jpeg", ".png", ".tif", ".tiff");
        upload.setUploadButton(new Button(getTranslation("cv.upload")));
        upload.setDropLabel(new Span(getTranslation("cv.drop")));
        upload.addFileRejectedListener(rejected -> show(getTranslation("cv.error.UNSUPPORTED_TYPE"), true));
        upload.setId("cv-upload");
        message.setId("cv-message");
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("cv.intro")), upload, message);
    }

    /** Reads an uploaded file; called by the upload, and usable directly. */
    public void receive(byte[] bytes) {
        UI ui = UI.getCurrent();
        try {
            if (bytes.length > MAX_BYTES) {
                throw new CvRejected(CvRejected.Code.TOO_LARGE, "over 10 MB");
            }
            CvParseResult result = parser.parse(new ByteArrayInputStream(bytes), null);
            run(ui, () -> {
                suggestions.accept(result);
                show(getTranslation("cv.found", result.occupations().size(), result.skills().size())
                        + (result.warnings().contains("FEW_SKILLS") ? " " + getTranslation("cv.fewSkills") : ""),
                        false);
            });
        } catch (CvRejected e) {
            run(ui, () -> show(getTranslation("cv.error." + e.code().name()), true));
        }
    }

    private static void run(UI ui, Runnable change) {
        if (ui != null && ui.getSession().hasLock()) {
            change.run();
        } else if (ui != null) {
            ui.access(change::run);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getElement().getThemeList().clear();
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}

package nl.werkbrug.cv.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.werkbrug.cv.CvDocument;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.cv.CvRejected;
import org.jspecify.annotations.Nullable;

/**
 * Upload of a CV (at most 10 MB) with a progress bar. The file is stored first and read in the
 * background; this component shows where the reading stands, and when it is done hands the document
 * to the review. A file that cannot be read gets a message in the person's language, with the
 * choice to try again or delete it; nothing typed in the form is lost meanwhile.
 */
public class CvUpload extends Composite<VerticalLayout> {

    private static final int POLL_MILLIS = 1000;

    private final CvDocuments documents;
    private final Supplier<@Nullable UUID> candidate;
    private final Consumer<CvDocument> onRead;
    private final Paragraph message = new Paragraph();
    private final ProgressBar reading = new ProgressBar();
    private final Button retry = new Button();
    private final Button delete = new Button();
    private final Anchor download;
    private final Upload upload;
    private final HorizontalLayout actions;
    private @Nullable UUID current;
    private final java.util.List<UUID> uploaded = new java.util.ArrayList<>();
    private @Nullable Registration polling;
    private CvDocument.@Nullable Status shownStatus;
    private String shownName = "";

    /**
     * @param candidate the candidate the CV belongs to; {@code null} during an intake not saved yet
     * @param onRead called (in the UI) with a document once it has been read
     */
    public CvUpload(CvDocuments documents, Supplier<@Nullable UUID> candidate, Consumer<CvDocument> onRead) {
        this.documents = documents;
        this.candidate = candidate;
        this.onRead = onRead;
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CvDocuments.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".html", ".htm", ".jpg",
                ".jpeg", ".png", ".tif", ".tiff");
        upload.setUploadButton(new Button(getTranslation("cv.upload")));
        upload.setDropLabel(new Span(getTranslation("cv.drop")));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage().contains("size")
                ? CvRejected.Code.TOO_LARGE : CvRejected.Code.UNSUPPORTED_TYPE));
        upload.setId("cv-upload");
        message.setId("cv-message");
        reading.setIndeterminate(true);
        reading.setVisible(false);
        reading.setId("cv-reading");
        retry.setText(getTranslation("cv.retry"));
        retry.setId("cv-retry");
        retry.addClickListener(click -> retry());
        delete.setText(getTranslation("cv.delete"));
        delete.setId("cv-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> deleteCurrent());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = documents.file(requireCurrent());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.mediaType() == null ? "application/octet-stream" : file.mediaType(), file.content().length);
        }), getTranslation("cv.download"));
        download.setId("cv-download");
        download.getElement().setAttribute("download", true);
        actions = new HorizontalLayout(download, retry, delete);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setVisible(false);
        actions.setId("cv-actions");
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("cv.intro")), upload, reading, message, actions);
        showActions(false, false);
    }

    /** Stores an uploaded file and starts following its reading; called by the upload, usable directly. */
    public void receive(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        try {
            CvDocument document = documents.upload(candidate.get(), fileName, bytes);
            run(ui, () -> {
                upload.clearFileList(); // one file at a time, but another may follow
                uploaded.add(document.id());
                follow(document);
            });
        } catch (CvRejected e) {
            run(ui, () -> showError(e.code()));
        }
    }

    /** Shows an earlier upload (the newest of the candidate, when the view opens). */
    public void follow(CvDocument document) {
        current = document.id();
        update(document);
    }

    /** Looks at the reading again; the poll does this every second while it is under way. */
    public void refresh() {
        if (current == null) {
            return;
        }
        var status = documents.status(current);
        if (status == shownStatus) {
            return;
        }
        if (status == CvDocument.Status.QUEUED || status == CvDocument.Status.READING) {
            shownStatus = status;
            show(getTranslation("cv.status." + status.name(), shownName), false);
        } else {
            update(documents.find(current)); // read or failed: the result, once, with its access logged
        }
    }

    /** The document shown, if any. */
    public Optional<UUID> document() {
        return Optional.ofNullable(current);
    }

    /** The documents uploaded here and not deleted, oldest first. */
    public java.util.List<UUID> uploaded() {
        return java.util.List.copyOf(uploaded);
    }

    private void update(CvDocument document) {
        shownStatus = document.status();
        shownName = document.fileName();
        reading.setVisible(document.pending());
        switch (document.status()) {
            case QUEUED, READING -> {
                show(getTranslation("cv.status." + document.status().name(), document.fileName()), false);
                showActions(false, false);
                startPolling();
            }
            case READ -> {
                stopPolling();
                var result = document.result();
                int occupations = result == null ? 0 : result.occupations().size();
                int skills = result == null ? 0 : result.skills().size();
                show(getTranslation("cv.found", occupations, skills), false);
                showActions(true, true);
                onRead.accept(document);
            }
            case FAILED -> {
                stopPolling();
                showError(document.failure() == null ? CvRejected.Code.CORRUPT : document.failure());
                showActions(true, true);
            }
        }
    }

    private void retry() {
        if (current != null) {
            update(documents.retry(current));
        }
    }

    private void deleteCurrent() {
        if (current != null) {
            documents.delete(current);
            uploaded.remove(current);
            current = null;
            shownStatus = null;
            stopPolling();
            reading.setVisible(false);
            show(getTranslation("cv.deleted"), false);
            showActions(false, false);
        }
    }

    private UUID requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("no CV shown");
        }
        return current;
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            if (polling == null) {
                polling = ui.addPollListener(poll -> refresh());
                ui.setPollInterval(POLL_MILLIS);
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (current != null && reading.isVisible()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    private void showActions(boolean visible, boolean withRetry) {
        actions.setVisible(visible);
        retry.setVisible(withRetry);
    }

    private void showError(CvRejected.Code code) {
        show(getTranslation("cv.error." + code.name()), true);
    }

    private static void run(@Nullable UI ui, Runnable change) {
        if (ui == null || ui.getSession().hasLock()) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
    }
}

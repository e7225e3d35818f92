package fr.centressociaux.portail.centres.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.centressociaux.portail.centres.CentreImport;
import fr.centressociaux.portail.centres.ImportAction;
import fr.centressociaux.portail.centres.ImportPreview;
import fr.centressociaux.portail.centres.ImportResult;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.FrenchUpload;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Admins import centres from a spreadsheet: they drop a file, read the preview, and import it
 * only when no row has an error. The service checks everything again on import.
 */
@Route("centres/import")
@Menu(title = "menu.centre-import", order = 40, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
class CentreImportView extends Main implements HasDynamicTitle {

    private static final int YEARS_OFFERED = 6;
    private static final int NOTICE_MS = 5000;

    private final CentreImport imports;
    private final Select<Integer> figuresYear = new Select<>();
    private final ImportPreviewGrid previewGrid = new ImportPreviewGrid();
    private final Button importButton = new Button();
    private final Paragraph importHint = new Paragraph();
    private @Nullable Upload upload;
    private volatile int chosenYear;
    private @Nullable ImportPreview preview;

    CentreImportView(CentreImport imports) {
        this.imports = imports;
        addClassName("list-page");
        Anchor template = new Anchor(templateDownload(), AttachmentType.DOWNLOAD, getTranslation("import.template"));
        add(new ViewHeader("import.title", "import.intro", template), toolbar(), previewGrid);
        show(null);
    }

    private HorizontalLayout toolbar() {
        int latest = imports.defaultFiguresYear();
        chosenYear = latest;
        figuresYear.setLabel(getTranslation("import.figures-year"));
        figuresYear.setHelperText(getTranslation("import.figures-year.help"));
        figuresYear.setItems(IntStream.rangeClosed(0, YEARS_OFFERED - 1).mapToObj(back -> latest + 1 - back).toList());
        figuresYear.setValue(latest);
        figuresYear.addValueChangeListener(change -> chosenYear = change.getValue());

        Upload upload = new Upload(previewOnUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CentreImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(FrenchUpload.texts(this::getTranslation, "import.upload.too-big", "import.upload.wrong-type"));
        // The component's own message, in French through its translations (too big, wrong type).
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage(), NOTICE_MS,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR));
        upload.addFailedListener(failed -> Notifications.error(new UserFacingException("import.upload.failed")));
        upload.addFileRemovedListener(removed -> show(null));
        this.upload = upload;

        importButton.setText(getTranslation("import.apply"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> confirmImport());
        HorizontalLayout toolbar = new HorizontalLayout(figuresYear, upload, importButton, importHint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        return toolbar;
    }

    /**
     * Reads the upload as it arrives, outside the UI lock; the service stops reading past its size
     * limit, so a huge file is never held in memory. The preview is then shown in the UI.
     */
    private UploadHandler previewOnUpload() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                try (InputStream content = event.getInputStream()) {
                    ImportPreview read = imports.preview(event.getFileName(), content, chosenYear);
                    ui.access(() -> {
                        show(read);
                        // The preview names the file: free the upload for a corrected one.
                        clearUploadedFiles();
                    });
                } catch (UserFacingException refusal) {
                    ui.access(() -> Notifications.error(refusal));
                }
            }

            @Override
            public long getFileSizeMax() {
                return CentreImport.MAX_BYTES;
            }
        };
    }

    private void show(@Nullable ImportPreview newPreview) {
        this.preview = newPreview;
        previewGrid.show(newPreview);
        importButton.setEnabled(newPreview != null && newPreview.canApply());
        importHint.setVisible(newPreview != null && !newPreview.canApply());
        if (newPreview != null) {
            importHint.setText(getTranslation(newPreview.hasErrors() ? "import.apply.blocked" : "import.apply.nothing"));
        }
    }

    private void clearUploadedFiles() {
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private void confirmImport() {
        ImportPreview confirmed = preview;
        if (confirmed == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("import.confirm.title"));
        dialog.setText(getTranslation("import.confirm.text", confirmed.count(ImportAction.CREATE),
                confirmed.count(ImportAction.UPDATE)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("import.apply"));
        dialog.addConfirmListener(confirm -> apply(confirmed));
        dialog.open();
    }

    private void apply(ImportPreview confirmed) {
        importButton.setEnabled(false);
        try {
            ImportResult result = imports.apply(confirmed);
            Notifications.success("import.done", result.created(), result.updated(), result.unchanged());
            show(null);
            importHint.setText(getTranslation("import.done", result.created(), result.updated(), result.unchanged()));
            importHint.setVisible(true);
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            show(confirmed);
        }
    }

    private static DownloadHandler templateDownload() {
        return event -> {
            byte[] template = CentreImport.template();
            event.setFileName("modele-import-centres.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(template.length);
            event.getOutputStream().write(template);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}

package fr.centressociaux.portail.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.centressociaux.portail.shared.UserFacingException;

/**
 * An upload of one CSV or XLSX file for an import's preview: the file is read into memory (at most
 * {@code maxBytes}), {@code preview} reads it on the upload's thread, and {@code show} gets the file
 * and its preview on the page's; a refusal ({@link UserFacingException}) is shown as a notification.
 * French texts throughout.
 */
public final class SpreadsheetUpload {

    private SpreadsheetUpload() {
    }

    public static <P> Upload create(int maxBytes, Function<byte[], P> preview, BiConsumer<byte[], P> show) {
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                byte[] read;
                try (InputStream in = event.getInputStream()) {
                    read = in.readNBytes(maxBytes + 1);
                }
                try {
                    P previewed = preview.apply(read);
                    ui.access(() -> show.accept(read, previewed));
                } catch (UserFacingException refusal) {
                    ui.access(() -> Notifications.error(refusal));
                }
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(FrenchUpload.texts(upload::getTranslation, "import.upload.too-big", "import.upload.wrong-type"));
        return upload;
    }
}

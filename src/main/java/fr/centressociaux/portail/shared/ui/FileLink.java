package fr.centressociaux.portail.shared.ui;

import java.io.IOException;
import java.io.OutputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Makes links that download a file (an émargement sheet, an attachment, a certificate, a table),
 * asked of the service when clicked. A refusal or a file gone in the meantime is told in French
 * instead of a broken download.
 */
public final class FileLink {

    private final String deniedKey;

    /** {@code deniedKey}: the feature's message when the person may not download the file. */
    public FileLink(String deniedKey) {
        this.deniedKey = deniedKey;
    }

    public Anchor of(SerializableSupplier<FileDownload> file, String text) {
        Anchor link = new Anchor(event -> send(event, file), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        link.addClassName("download-link");
        return link;
    }

    private void send(DownloadEvent event, SerializableSupplier<FileDownload> file) throws IOException {
        FileDownload download;
        try {
            download = file.get();
        } catch (UserFacingException refusal) {
            refuse(event, 404, refusal);
            return;
        } catch (AccessDeniedException denied) {
            refuse(event, 403, new UserFacingException(deniedKey));
            return;
        }
        event.setFileName(download.name());
        event.setContentType(download.contentType());
        event.setContentLength(download.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(download.content());
        }
    }

    private static void refuse(DownloadEvent event, int status, UserFacingException refusal) {
        event.getResponse().setStatus(status);
        UI ui = event.getUI();
        ui.access(() -> Notifications.error(refusal));
    }
}

package fr.centressociaux.portail.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.centressociaux.portail.shared.UploadRefusals;
import fr.centressociaux.portail.shared.UserFacingException;

/**
 * Receives an upload into memory with a limit the server keeps, whatever the browser was told
 * (issue 17 §7): a request that announces more than the limit is refused before its body is read,
 * and a body longer than announced is read only up to the limit. Vaadin's own in-memory handler
 * holds whatever arrives. The file then goes to the receiver inside the UI's lock; a refusal is
 * shown to the person as a notification.
 */
public final class LimitedUpload implements UploadHandler {

    /** Gets the file's bytes, inside the UI's lock. */
    @FunctionalInterface
    public interface Receiver {
        void received(String fileName, byte[] content);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final Supplier<UploadRefusals> refusals;

    LimitedUpload(long maxBytes, Receiver receiver, Supplier<UploadRefusals> refusals) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.refusals = refusals;
    }

    /** Refusals go to the security journal, the Spring bean Vaadin's instantiator hands out. */
    public static LimitedUpload inMemory(long maxBytes, Receiver receiver) {
        return new LimitedUpload(maxBytes, receiver,
                () -> VaadinService.getCurrent().getInstantiator().getOrCreate(UploadRefusals.class));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content = event.getFileSize() > maxBytes ? null : readAtMostTheLimit(event);
        if (content == null || content.length > maxBytes) {
            event.reject();
            refusals.get().refused(event.getFileName(), event.getFileSize(), "too-big");
            ui.access(() -> Notifications.error(new UserFacingException("upload.too-big", maxBytes / 1024 / 1024)));
            return;
        }
        ui.access(() -> receiver.received(event.getFileName(), content));
    }

    private byte[] readAtMostTheLimit(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            return in.readNBytes(Math.toIntExact(maxBytes + 1));
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }
}

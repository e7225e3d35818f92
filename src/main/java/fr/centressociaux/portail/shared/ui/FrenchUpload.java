package fr.centressociaux.portail.shared.ui;

import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's own texts (buttons, statuses, refusals) in French, from the translation
 * files. The refusals of a too large file or a wrong type name the page's own limits.
 */
public final class FrenchUpload {

    private FrenchUpload() {
    }

    /** Texts whose refusals are the keys given, e.g. "Le fichier dépasse 10 Mo.", "Choisissez un PDF." */
    public static UploadI18N texts(BiFunction<String, Object[], String> translation, String tooBigKey,
            String wrongTypeKey) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(translation, "import.upload.connecting"))
                        .setProcessing(t(translation, "import.upload.processing"))
                        .setHeld(t(translation, "import.upload.held"))
                        .setStalled(t(translation, "import.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(translation, "import.upload.remaining"))
                        .setUnknown(t(translation, "import.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(translation, "import.upload.server-unavailable"))
                        .setUnexpectedServerError(t(translation, "import.upload.server-error"))
                        .setForbidden(t(translation, "import.upload.forbidden"))
                        .setFileTooLarge(t(translation, tooBigKey)));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(translation, "import.upload.add"))
                        .setMany(t(translation, "import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(translation, "import.upload.drop"))
                        .setMany(t(translation, "import.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(t(translation, tooBigKey))
                        .setIncorrectFileType(t(translation, wrongTypeKey))
                        .setTooManyFiles(t(translation, "import.upload.too-many")))
                .setFile(new UploadI18N.File().setRemove(t(translation, "import.upload.remove"))
                        .setRetry(t(translation, "import.upload.retry")).setStart(t(translation, "import.upload.start")))
                .setUploading(uploading)
                .setUnits(List.of("o", "ko", "Mo", "Go", "To"));
    }

    private static String t(BiFunction<String, Object[], String> translation, String key) {
        return translation.apply(key, new Object[0]);
    }
}

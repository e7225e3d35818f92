package fr.centressociaux.portail.followup;

import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.followup.internal.SittingMinutes;
import fr.centressociaux.portail.followup.internal.SittingMinutesRepository;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FileKind;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Keeps the minutes of partner-body sittings: a PDF or an office document, told by its first bytes
 * (never by its name), at most {@value #MAX_BYTES} bytes, its name cleaned for a download.
 */
@Component
class SittingMinutesStore {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final Set<FileKind> KINDS = Set.of(FileKind.PDF, FileKind.OFFICE_DOCUMENT);

    private final SittingMinutesRepository files;

    SittingMinutesStore(SittingMinutesRepository files) {
        this.files = files;
    }

    MinutesFile store(String bodyId, PartnerBodies.UploadedFile upload) {
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new UserFacingException("followup.minutes.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("upload.too-big", MAX_BYTES / 1024 / 1024);
        }
        FileKind kind = FileKind.require(content, KINDS, "followup.minutes.type");
        String name = upload.name() == null || upload.name().isBlank() ? "compte-rendu" : upload.name().strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        SittingMinutes saved = files.save(new SittingMinutes(bodyId, content));
        return new MinutesFile(Objects.requireNonNull(saved.getId()), name, kind.contentType(), content.length);
    }

    FileDownload read(MinutesFile ref) {
        SittingMinutes file = files.findById(ref.fileId())
                .orElseThrow(() -> new UserFacingException("followup.minutes.not-found"));
        return new FileDownload(ref.name(), ref.contentType(), file.bytes());
    }

    void delete(MinutesFile ref) {
        files.deleteById(ref.fileId());
    }
}

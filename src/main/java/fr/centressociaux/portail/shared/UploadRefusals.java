package fr.centressociaux.portail.shared;

/**
 * Where a refused upload is reported: the security journal implements it (module {@code audit}),
 * so screens and shared upload helpers can report without depending on it.
 */
public interface UploadRefusals {

    /** A file refused before any service saw it, e.g. over the size limit. */
    void refused(String fileName, long announcedBytes, String reason);
}

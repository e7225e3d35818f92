package fr.centressociaux.portail.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file is, told by its first bytes and never by its name or the type the browser
 * declares (issue 17 §7). Services keep the detected type with the file and refuse kinds outside
 * their allow-list, so a page renamed {@code .pdf} is not kept as a signed sheet.
 */
public enum FileKind {
    PDF("application/pdf", bytes("%PDF-")),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** Office Open XML and OpenDocument files (Word, Excel, PowerPoint, LibreOffice) are zip archives. */
    OFFICE_DOCUMENT("application/octet-stream", new byte[] {'P', 'K', 3, 4}),
    /** Plain text such as CSV: no NUL byte in its first kilobytes. */
    TEXT("text/plain", new byte[0]);

    /** Printed documents, photos and scans: the kinds a signed sheet may be. */
    public static final Set<FileKind> DOCUMENT_OR_IMAGE = Set.of(PDF, PNG, JPEG);

    private static final int TEXT_PROBE = 8 * 1024;

    private final String contentType;
    private final byte[] signature;

    FileKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    /** The type to serve the file with. */
    public String contentType() {
        return contentType;
    }

    /** The kind these bytes start with, if it is one of the kinds the portal accepts at all. */
    public static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    /**
     * The kind of these bytes, when it is one of those allowed.
     *
     * @throws RefusedFileException with the given message key otherwise
     */
    public static FileKind require(byte[] content, Set<FileKind> allowed, String refusalKey) {
        return of(content).filter(allowed::contains).orElseThrow(() -> new RefusedFileException(refusalKey));
    }

    private boolean matches(byte[] content) {
        if (this == TEXT) {
            int probe = Math.min(content.length, TEXT_PROBE);
            for (int i = 0; i < probe; i++) {
                if (content[i] == 0) {
                    return false;
                }
            }
            return content.length > 0;
        }
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

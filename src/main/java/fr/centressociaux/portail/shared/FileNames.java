package fr.centressociaux.portail.shared;

/**
 * The name an uploaded file is kept and served under: what the person's computer called it, with
 * the characters a file system or a download header would misread replaced, and at most 150
 * characters (the end kept, so the extension stays).
 */
public final class FileNames {

    private static final int MAX_LENGTH = 150;

    private FileNames() {
    }

    public static String safe(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}

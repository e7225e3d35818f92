package fr.centressociaux.portail.documents;

import fr.centressociaux.portail.shared.Spreadsheet;

/** The kinds of file a bilan or a fiche territoire is written as. */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    XLSX(Spreadsheet.CONTENT_TYPE, "xlsx");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String labelKey() {
        return "documents.format." + name();
    }
}

package fr.centressociaux.portail.centres;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What importing a file would do, row by row, and every problem found in it. Keeps the file's
 * bytes: {@link CentreImport#apply} reads them again rather than trusting this object.
 */
public final class ImportPreview {

    private final String fileName;
    private final int figuresYear;
    private final List<ImportError> fileErrors;
    private final List<ImportRow> rows;
    private final byte[] content;

    ImportPreview(String fileName, int figuresYear, List<ImportError> fileErrors, List<ImportRow> rows,
            byte[] content) {
        this.fileName = fileName;
        this.figuresYear = figuresYear;
        this.fileErrors = List.copyOf(fileErrors);
        this.rows = List.copyOf(rows);
        this.content = content.clone();
    }

    public String fileName() {
        return fileName;
    }

    /** The year the file's staff and volunteer figures are recorded for. */
    public int figuresYear() {
        return figuresYear;
    }

    /** Problems of the file as a whole: its format, size, header. */
    public List<ImportError> fileErrors() {
        return fileErrors;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    /** Every problem, of the file and of its rows, by line. */
    public List<ImportError> errors() {
        return Stream.concat(fileErrors.stream(), rows.stream().flatMap(row -> row.errors().stream()))
                .sorted(Comparator.comparingInt(ImportError::line)).toList();
    }

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(ImportRow::hasErrors);
    }

    /** Rows without errors that would do this. */
    public long count(ImportAction action) {
        return rows.stream().filter(row -> !row.hasErrors() && row.action() == action).count();
    }

    public long rowsInError() {
        return rows.stream().filter(ImportRow::hasErrors).count();
    }

    /** No error, and something to create or update. */
    public boolean canApply() {
        return !hasErrors() && count(ImportAction.CREATE) + count(ImportAction.UPDATE) > 0;
    }

    byte[] content() {
        return content.clone();
    }
}

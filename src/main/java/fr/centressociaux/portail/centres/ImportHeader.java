package fr.centressociaux.portail.centres;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.Texts;

/**
 * The header of an import file: which column is where, under which header the file names it, and
 * the header's problems (unknown, repeated or missing columns, half of a group of columns).
 */
final class ImportHeader {

    private final Map<CentreColumn, Integer> columns = new EnumMap<>(CentreColumn.class);
    private final Map<CentreColumn, String> headers = new EnumMap<>(CentreColumn.class);
    private final List<ImportError> errors = new ArrayList<>();
    private boolean missesRequiredColumns;

    private ImportHeader() {
    }

    static ImportHeader of(Table table, Texts texts) {
        ImportHeader header = new ImportHeader();
        int line = table.headerLine();
        List<String> names = table.header();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index);
            if (name.isEmpty()) {
                int column = index;
                if (table.lines().stream().anyMatch(row -> !row.cell(column).isEmpty())) {
                    header.errors.add(new ImportError(line, null,
                            texts.get("import.file.unnamed-column", index + 1)));
                }
                continue;
            }
            Optional<CentreColumn> known = CentreColumn.named(name);
            if (known.isEmpty() && CentreColumn.isMembershipOfAYear(name)) {
                // An exported file, imported back: its membership column is for reading only.
                continue;
            }
            if (known.isEmpty()) {
                header.errors.add(new ImportError(line, name, texts.get("import.file.unknown-column",
                        String.join(", ", CentreColumn.headers()))));
            } else if (header.columns.containsKey(known.get())) {
                header.errors.add(new ImportError(line, name, texts.get("import.file.duplicate-column",
                        header.headers.get(known.get()))));
            } else {
                header.columns.put(known.get(), index);
                header.headers.put(known.get(), name);
            }
        }
        for (CentreColumn column : CentreColumn.values()) {
            if (column.required() && !header.columns.containsKey(column)) {
                header.errors.add(new ImportError(line, column.header(), texts.get("import.file.missing-column")));
                header.missesRequiredColumns = true;
            }
        }
        for (List<CentreColumn> group : CentreColumn.GROUPS) {
            boolean some = group.stream().anyMatch(header.columns::containsKey);
            group.stream().filter(column -> some && !header.columns.containsKey(column))
                    .forEach(column -> header.errors.add(new ImportError(line, column.header(),
                            texts.get("import.file.incomplete-group", String.join(", ",
                                    group.stream().map(CentreColumn::header).toList())))));
        }
        return header;
    }

    Map<CentreColumn, Integer> columns() {
        return columns;
    }

    Map<CentreColumn, String> headers() {
        return headers;
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }

    boolean missesRequiredColumns() {
        return missesRequiredColumns;
    }
}

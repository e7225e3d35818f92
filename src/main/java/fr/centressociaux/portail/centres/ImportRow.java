package fr.centressociaux.portail.centres;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of an import preview: what it will do and, when it cannot be imported, why. A row in
 * error still says whether it matched an existing centre (UPDATE) or not (CREATE); {@code changes}
 * names the fields an update changes, in French.
 */
public record ImportRow(int line, @Nullable ImportAction action, String name, String commune, String territory,
        List<String> changes, List<ImportError> errors) {

    public ImportRow {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}

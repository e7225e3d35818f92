package fr.centressociaux.portail.centres;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Territory;
import org.jspecify.annotations.Nullable;

import static fr.centressociaux.portail.centres.CentreColumn.COMMUNE;
import static fr.centressociaux.portail.centres.CentreColumn.NAME;
import static fr.centressociaux.portail.centres.CentreColumn.SIRET;
import static fr.centressociaux.portail.centres.CentreColumn.TERRITORY;

/**
 * Decides what each line of a file does: finds the centre it describes (same SIRET, else same
 * name in the same commune), refuses a line that repeats an earlier one, and works out on a copy
 * of the centre which fields would change, with the same change records as the forms.
 */
final class ImportPlanner {

    private final ImportRowReader reader;
    private final CentreService centres;
    private final CentreRepository repository;
    private final Texts texts;
    private final Clock clock;
    private final String actor;
    private final Map<String, Integer> linesBySiret = new HashMap<>();
    private final Map<String, Integer> linesByNameAndCommune = new HashMap<>();
    private final Map<String, Integer> linesByCentre = new HashMap<>();

    ImportPlanner(ImportRowReader reader, CentreService centres, CentreRepository repository, Texts texts, Clock clock,
            String actor) {
        this.reader = reader;
        this.centres = centres;
        this.repository = repository;
        this.texts = texts;
        this.clock = clock;
        this.actor = actor;
    }

    /** A line planned: the preview row, the line in the centre's terms, and for an update the changed centre. */
    record Planned(ImportRow row, ImportedRow imported, @Nullable Centre centre, ChangeList changes) {
    }

    Planned plan(Table.Line line) {
        List<ImportError> errors = new ArrayList<>();
        Centre existing = match(line, errors);
        ImportedRow imported = reader.read(line, existing);
        errors.addAll(0, imported.errors());
        ChangeList changes = new ChangeList(clock.instant(), actor);
        ImportAction action = existing == null ? ImportAction.CREATE : ImportAction.UPDATE;
        if (errors.isEmpty() && existing != null) {
            try {
                applyTo(existing, imported, changes);
                action = changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
            } catch (UserFacingException refusal) {
                errors.add(error(line, TERRITORY, refusal.messageKey(), refusal.arguments()));
            }
        }
        List<String> changed = changes.changes().stream().map(change -> texts.get(change.field())).distinct()
                .toList();
        ImportRow row = new ImportRow(line.number(), action, reader.value(line, NAME), reader.value(line, COMMUNE),
                reader.value(line, TERRITORY), changed, errors);
        return new Planned(row, imported, existing, changes);
    }

    /** The existing centre the line describes, if any; a line repeating an earlier one is an error. */
    private @Nullable Centre match(Table.Line line, List<ImportError> errors) {
        String siret = Siret.clean(reader.value(line, SIRET));
        String name = SearchKeys.of(reader.value(line, NAME));
        String commune = SearchKeys.of(reader.value(line, COMMUNE));
        List<Centre> bySiret = siret.isEmpty() ? List.of() : repository.findBySiret(siret);
        List<Centre> byName = name.isEmpty() || commune.isEmpty() ? List.of()
                : repository.findByNameAndCommuneKeys(name, commune);
        if (!siret.isEmpty()) {
            repeated(line, linesBySiret, siret, SIRET, errors);
        }
        if (!name.isEmpty() && !commune.isEmpty()) {
            repeated(line, linesByNameAndCommune, name + "|" + commune, NAME, errors);
        }
        Centre found = bySiret.size() == 1 ? bySiret.getFirst() : byName.size() == 1 ? byName.getFirst() : null;
        boolean conflicting = bySiret.size() > 1 || byName.size() > 1 || (bySiret.size() == 1 && byName.size() == 1
                && !Objects.equals(bySiret.getFirst().getId(), byName.getFirst().getId()));
        if (conflicting) {
            errors.add(error(line, SIRET, "import.rule.ambiguous"));
            return null;
        }
        if (found != null) {
            Integer earlier = linesByCentre.putIfAbsent(found.getId(), line.number());
            if (earlier != null && errors.isEmpty()) {
                errors.add(error(line, NAME, "import.rule.same-centre", earlier, found.getProfile().name()));
            }
        }
        return found;
    }

    private void repeated(Table.Line line, Map<String, Integer> seen, String key, CentreColumn column,
            List<ImportError> errors) {
        Integer earlier = seen.putIfAbsent(key, line.number());
        if (earlier != null) {
            errors.add(error(line, column, "import.rule.duplicate", earlier));
        }
    }

    /** Changes the (loaded, unsaved) centre into what the line says, recording each change. */
    private void applyTo(Centre centre, ImportedRow row, ChangeList changes) {
        centres.recordProfile(centre, row.profile(), row.director(), row.chair(), changes);
        centres.recordApproval(centre, row.approval(), changes);
        if (row.figures() != null) {
            centres.recordFigures(centre, row.figures(), changes);
        }
        if (row.departure() != null && !centre.membership(row.departure().year()).equals(
                Optional.of(row.departure()))) {
            centres.recordMembership(centre, row.departure(), changes);
        }
        Territory territory = row.validTerritory();
        LocalDate today = LocalDate.now(clock);
        if (!centre.territoryOn(today).equals(Optional.of(territory.getId()))) {
            centres.recordMove(centre, territory, today, changes);
        }
    }

    private ImportError error(Table.Line line, CentreColumn column, String messageKey, Object... arguments) {
        return new ImportError(line.number(), reader.header(column), texts.get(messageKey, arguments));
    }
}

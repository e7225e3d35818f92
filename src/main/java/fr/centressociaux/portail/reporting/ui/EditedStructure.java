package fr.centressociaux.portail.reporting.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.centressociaux.portail.reporting.FicheAction;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.Objective;

/**
 * The fiches action being edited: mutable copies of the convention's records, changed in place by
 * the editor (titles typed, rows added, moved, removed) and turned back into records on save.
 * Objectives keep their ids, so their narratives follow them when they move.
 */
final class EditedStructure {

    static final class Fiche {
        String title;
        final List<Goal> objectives;

        Fiche(String title, List<Goal> objectives) {
            this.title = title;
            this.objectives = new ArrayList<>(objectives);
        }
    }

    static final class Goal {
        final String id;
        String title;
        final List<Indicator> indicators;

        Goal(String id, String title, List<Indicator> indicators) {
            this.id = id;
            this.title = title;
            this.indicators = new ArrayList<>(indicators);
        }

        static Goal blank() {
            Objective fresh = new Objective("", List.of());
            return new Goal(fresh.id(), "", List.of());
        }
    }

    final List<Fiche> fiches;

    private EditedStructure(List<Fiche> fiches) {
        this.fiches = new ArrayList<>(fiches);
    }

    static EditedStructure of(List<FicheAction> stored) {
        return new EditedStructure(stored.stream().map(fiche -> new Fiche(fiche.title(), fiche.objectives().stream()
                .map(objective -> new Goal(objective.id(), objective.title(), objective.indicators())).toList()))
                .toList());
    }

    List<FicheAction> toFiches() {
        return fiches.stream().map(fiche -> new FicheAction(fiche.title, fiche.objectives.stream()
                .map(goal -> new Objective(goal.id, goal.title, goal.indicators)).toList())).toList();
    }

    /** Moves the item at {@code index} up (-1) or down (+1), when there is room. */
    static <T> void move(List<T> list, int index, int by) {
        int target = index + by;
        if (target >= 0 && target < list.size()) {
            Collections.swap(list, index, target);
        }
    }
}

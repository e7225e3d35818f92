package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.centres.Centre;

/** Writes the demo support actions through the follow-up service, by centre name. */
final class DemoSupports {

    private static final String DELEGATE = "Sandrine Delplace (déléguée territoriale)";

    private final FollowupService followup;
    private final Map<String, Centre> byName;
    private int written;

    DemoSupports(FollowupService followup, Map<String, Centre> byName) {
        this.followup = followup;
        this.byName = byName;
    }

    void renewal(String centre, LocalDate on) {
        record(centre, new SupportDraft(SupportKind.PROJECT_RENEWAL, null, null, null, on, on.plusMonths(9), DELEGATE,
                "La direction et le conseil d’administration", Set.of(PartnerKind.MDS, PartnerKind.CAF),
                "MDS du territoire, CAF du Pas-de-Calais", "Accompagnement de la démarche de renouvellement.", "",
                null, SupportStatus.CLOSED, "Projet social déposé à la CAF, MDS associée au COPAR.", false));
    }

    void difficulty(String centre, LocalDate on, Difficulty difficulty, String notes, String outcome) {
        record(centre, new SupportDraft(SupportKind.DIFFICULTY, difficulty, null, null, on, on.plusMonths(8), DELEGATE,
                "La présidence et la direction", Set.of(PartnerKind.CAF), "CAF du Pas-de-Calais", notes, "", null,
                SupportStatus.CLOSED, outcome, true));
    }

    void watchCell(String centre, LocalDate on) {
        record(centre, new SupportDraft(SupportKind.WATCH_CELL, Difficulty.FINANCIAL, null, null, on, on, DELEGATE,
                "La présidence", Set.of(PartnerKind.CAF, PartnerKind.TOWN, PartnerKind.MDS),
                "CAF, commune, MDS", "Cellule de veille réunissant les partenaires du centre.", "", null,
                SupportStatus.CLOSED, "Plan d’accompagnement partagé par les partenaires.", true));
    }

    void thematic(String centre, LocalDate on, String theme) {
        record(centre, new SupportDraft(SupportKind.THEMATIC, null, theme, CooperationTheme.HEALTH, on, null, DELEGATE,
                "Référente santé du centre", Set.of(), "Projet financé par l’ARS", "", "", null,
                SupportStatus.IN_PROGRESS, "", false));
    }

    void current(String centre, SupportDraft draft) {
        record(centre, draft);
    }

    private void record(String centre, SupportDraft draft) {
        Centre found = byName.get(centre);
        if (found == null) {
            throw new IllegalStateException("No demo centre named " + centre);
        }
        followup.record(found.getId(), draft);
        written++;
    }

    int written() {
        return written;
    }
}

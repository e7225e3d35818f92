package fr.centressociaux.portail.documents;

import java.util.List;

import fr.centressociaux.portail.reporting.Bilan;

/**
 * The extension point for charts in the bilan documents (DD018): every bean implementing it adds
 * its pictures to a fiche action's chapter ({@link FicheCharts} draws the fiche's own figures).
 */
public interface BilanIllustrations {

    List<Illustration> of(Bilan bilan, Bilan.Fiche fiche);
}

package fr.centressociaux.portail.documents;

import java.util.List;

import fr.centressociaux.portail.reporting.Bilan;

/**
 * The extension point for charts in the bilan documents (DD018): a bean implementing it (the
 * charts module's, later) returns the pictures of a fiche action; none is declared yet.
 */
public interface BilanIllustrations {

    List<Illustration> of(Bilan bilan, Bilan.Fiche fiche);
}

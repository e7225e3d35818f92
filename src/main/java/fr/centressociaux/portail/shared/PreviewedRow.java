package fr.centressociaux.portail.shared;

import java.util.List;

/** A row of an import's preview: its line in the file and what is wrong with it (nothing when it is good). */
public interface PreviewedRow {

    int line();

    List<FieldProblem> problems();
}

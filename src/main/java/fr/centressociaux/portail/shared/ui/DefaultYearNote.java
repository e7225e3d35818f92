package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.shared.DefaultYear;

/**
 * Says why a list opened on another year than the current one ("Aucune donnée en 2026 : affichage
 * de 2025."); hidden when it did not, and once the person chooses a year themselves.
 */
public class DefaultYearNote extends Paragraph {

    public DefaultYearNote() {
        addClassName("default-year-note");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void show(DefaultYear chosen) {
        setText(chosen.fellBack() ? getTranslation("default-year.note", String.valueOf(chosen.emptyYear()),
                String.valueOf(chosen.year())) : "");
        setVisible(chosen.fellBack());
    }

    /** The person chose a year: the note no longer applies. */
    public void dismiss() {
        setVisible(false);
    }
}

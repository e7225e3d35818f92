package fr.centressociaux.portail.shared.ui;

/**
 * The translation keys a feature's screens use to tell how an action went: the refusal shown when
 * the person may not do it, and the dialog offered when someone else saved in between.
 */
public record ActionKeys(String denied, String concurrentTitle, String concurrentText, String reload,
        String keepEditing) {
}

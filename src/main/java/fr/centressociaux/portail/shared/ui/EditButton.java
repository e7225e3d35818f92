package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The pencil in a grid row: an icon button whose label (for screen readers and as tooltip) names the row. */
public class EditButton extends Button {

    public EditButton(String label, Runnable onClick) {
        super(VaadinIcon.EDIT.create(), click -> onClick.run());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel(label);
        setTooltipText(label);
    }
}

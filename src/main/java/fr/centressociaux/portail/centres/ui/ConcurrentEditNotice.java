package fr.centressociaux.portail.centres.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Tells the person that someone else saved the centre since they opened it, and offers to reload.
 * Stays until they reload or close it, above any open dialog, and nothing is lost until they
 * choose to reload.
 */
class ConcurrentEditNotice extends Notification {

    ConcurrentEditNotice(Runnable reload) {
        setPosition(Position.TOP_CENTER);
        setDuration(0);
        addThemeVariants(NotificationVariant.WARNING);
        Span text = new Span(getTranslation("edit.concurrent"));
        Button reloadButton = new Button(getTranslation("centre-page.reload"), VaadinIcon.REFRESH.create(), click -> {
            close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        dismiss.setAriaLabel(getTranslation("centre-page.notice.close"));
        Div content = new Div(text, reloadButton, dismiss);
        content.addClassName("concurrent-edit");
        add(content);
    }
}

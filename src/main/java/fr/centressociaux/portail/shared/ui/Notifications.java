package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.centressociaux.portail.shared.UserFacingException;

/** Short French messages after an action; texts are translation keys. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    /** A success also closes the errors still shown: "1 erreur" must not stay next to "Enregistré". */
    public static void success(String key, Object... params) {
        UI.getCurrent().getChildren().filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(shown -> shown.getThemeNames().contains(NotificationVariant.ERROR.getVariantName()))
                .toList().forEach(Notification::close);
        show(NotificationVariant.SUCCESS, UI.getCurrent().getTranslation(key, params));
    }

    public static void error(UserFacingException refusal) {
        show(NotificationVariant.ERROR, UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    /** A refusal's own French text, e.g. a service's problem that belongs to no field of the form. */
    public static void errorText(String text) {
        show(NotificationVariant.ERROR, text);
    }

    private static void show(NotificationVariant variant, String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}

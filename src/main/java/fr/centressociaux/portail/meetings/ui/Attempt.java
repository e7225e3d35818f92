package fr.centressociaux.portail.meetings.ui;

import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs one action of the meeting page and tells the person how it went: a refusal is shown in
 * French, a concurrent save offers to reload; the page is reloaded after a success. Problems with
 * fields ({@link InvalidInputException}) are left to the caller, who shows them next to its fields.
 */
final class Attempt {

    private Attempt() {
    }

    /** True when the action went through. */
    static boolean run(Runnable action, Runnable reload, String successKey, Object... arguments) {
        try {
            action.run();
            reload.run();
            Notifications.success(successKey, arguments);
            return true;
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (UserFacingException refusal) {
            if ("edit.concurrent".equals(refusal.messageKey())) {
                ConcurrentEditDialog.open(reload);
            } else {
                Notifications.error(refusal);
            }
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException("meeting-page.denied.action"));
        }
        return false;
    }
}

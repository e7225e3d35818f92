package fr.centressociaux.portail.trainings.ui;

import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs one action of a training screen and tells the person how it went: a refusal is shown in
 * French, a concurrent save offers to reload; the screen is reloaded after a success. Problems
 * with fields ({@link InvalidInputException}) are left to the caller, who shows them next to its fields.
 */
final class Attempt {

    private Attempt() {
    }

    /** True when the action went through. */
    static boolean run(Runnable action, Runnable reload, String successKey, Object... arguments) {
        boolean done = quietly(action, reload);
        if (done) {
            Notifications.success(successKey, arguments);
        }
        return done;
    }

    /** The same without a message after a success, for actions whose result shows on the screen at once. */
    static boolean quietly(Runnable action, Runnable reload) {
        try {
            action.run();
            reload.run();
            return true;
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (UserFacingException refusal) {
            refused(refusal, reload);
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException("training-ui.denied.action"));
        }
        return false;
    }

    /** A refusal told in French; someone else's save offers to reload. */
    static void refused(UserFacingException refusal, Runnable reload) {
        if ("edit.concurrent".equals(refusal.messageKey())) {
            ConcurrentEditDialog.open(reload);
        } else {
            Notifications.error(refusal);
        }
    }
}

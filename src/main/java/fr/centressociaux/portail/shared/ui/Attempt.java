package fr.centressociaux.portail.shared.ui;

import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs one action of a screen and tells the person how it went: a refusal is shown in French, a
 * concurrent save offers to reload; the screen is reloaded after a success. Problems with fields
 * ({@link InvalidInputException}) are left to the caller, who shows them next to its fields.
 */
public final class Attempt {

    private final ActionKeys keys;

    /** Refusals and the concurrent-save dialog use the feature's {@code keys}. */
    public Attempt(ActionKeys keys) {
        this.keys = keys;
    }

    /** True when the action went through; a success message follows. */
    public boolean run(Runnable action, Runnable reload, String successKey, Object... arguments) {
        boolean done = quietly(action, reload);
        if (done) {
            Notifications.success(successKey, arguments);
        }
        return done;
    }

    /** The same without a message after a success, for actions whose result shows on the screen at once. */
    public boolean quietly(Runnable action, Runnable reload) {
        try {
            action.run();
            reload.run();
            return true;
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (UserFacingException refusal) {
            refused(refusal, reload);
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException(keys.denied()));
        }
        return false;
    }

    /** A refusal told in French; someone else's save offers to reload. */
    public void refused(UserFacingException refusal, Runnable reload) {
        if ("edit.concurrent".equals(refusal.messageKey())) {
            ConcurrentEditDialog.open(keys, reload);
        } else {
            Notifications.error(refusal);
        }
    }
}

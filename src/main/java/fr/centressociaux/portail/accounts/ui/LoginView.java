package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.SessionEndings;
import fr.centressociaux.portail.accounts.StartupGate;
import fr.centressociaux.portail.accounts.StillStartingException;
import fr.centressociaux.portail.shared.ui.PublicPage;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The French sign-in page; explains a refused sign-in (wrong password, lockout, deactivation), and
 * says so while the portal is still starting and refuses sign-ins.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends PublicPage implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final StartupGate startup;

    LoginView(CurrentUser currentUser, StartupGate startup) {
        this.currentUser = currentUser;
        this.startup = startup;
        form.setAction("login");
        form.setI18n(i18n("login.error.title", "login.error.bad-credentials"));
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        // Structures not yet members apply from here (the page belongs to the centres module).
        Paragraph apply = new Paragraph(new Text(getTranslation("login.apply.question") + " "),
                new Anchor("adherer", getTranslation("login.apply")));
        apply.addClassName("public-footer");
        showFrame("login.title", "login.intro", form, apply);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (!startup.acceptsSignIns()) {
            // Said before anyone tries; the sign-in itself is refused with the same words meanwhile.
            form.setI18n(i18n("login.starting.title", "login.starting.message"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setI18n(i18n("login.error.title", errorMessageKey()));
            form.setError(true);
        } else if (parameters.containsKey("timeout") || SessionEndings.timedOut()) {
            form.setI18n(i18n("login.timeout.title", "login.timeout.message"));
            form.setError(true);
        } else if (parameters.containsKey("expired")) {
            form.setI18n(i18n("login.expired.title", "login.expired.message"));
            form.setError(true);
        }
    }

    /** The reason Spring Security stored in the session when it redirected here. */
    private static String errorMessageKey() {
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof StillStartingException) {
            return "login.starting.message";
        }
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof DisabledException) {
            return "login.error.deactivated";
        }
        return "login.error.bad-credentials";
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.email"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorMessageKey));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}

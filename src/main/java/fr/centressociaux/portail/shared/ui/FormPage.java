package fr.centressociaux.portail.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page holding one form of type {@code F} that creates or updates a record of type {@code R}:
 * saves through the service, shows its refusals next to the fields (the rest in notifications),
 * tells when someone else saved in between, then leaves for the saved record. The pages differ only
 * in how they build their form, store it and where they go afterwards.
 */
public abstract class FormPage<F extends Component & FormPage.Form, R> extends Main implements HasDynamicTitle {

    /** What a page needs from its form to show the service's refusals. */
    public interface Form {

        /** Marks the fields the problems name; returns those of no field, shown in notifications. */
        List<FieldProblem> showProblems(List<FieldProblem> problems);

        void clearProblems();

        /** False when what was typed cannot be read (the form says so next to the field): nothing is sent. */
        default boolean checkTyped() {
            return true;
        }
    }

    /**
     * A form whose fields are bound to its draft record: its constraints are checked before
     * anything is sent, and the service's refusals show on the bound fields.
     */
    public interface BoundForm<D extends Record> extends Form {

        DraftBinder<D> binder();

        /** What the form holds, once {@link #checkTyped} has passed. */
        default D draft() {
            return binder().draft().orElseThrow(() -> new IllegalStateException("The form breaks its constraints"));
        }

        @Override
        default List<FieldProblem> showProblems(List<FieldProblem> problems) {
            return binder().refusals().show(problems);
        }

        @Override
        default void clearProblems() {
            binder().refusals().clear();
        }

        /** Every field against the draft's constraints, each message next to its field. */
        @Override
        default boolean checkTyped() {
            return binder().check();
        }
    }

    private final String pageTitleKey;
    private final String deniedKey;
    private @Nullable F form;

    /** {@code pageClass} names the page for styles and tests; {@code deniedKey} is the refusal shown when the person may not save. */
    protected FormPage(String pageClass, String pageTitleKey, String deniedKey) {
        this.pageTitleKey = pageTitleKey;
        this.deniedKey = deniedKey;
        addClassNames("form-page", pageClass);
    }

    /** Creates or updates the record from the form; the service's refusals are shown by this page. */
    protected abstract R store(F form);

    /** Says it is saved and opens the saved record. */
    protected abstract void saved(R saved);

    /** Where Cancel leads. */
    protected abstract void leave();

    /** Someone saved the record since the form was filled; an edit page offers to start again from their version. */
    protected void onConcurrentEdit() {
        Notifications.error(new UserFacingException("edit.concurrent"));
    }

    /** Shows {@code shown} below {@code above} in place of what the page showed. */
    protected final void show(F shown, Component... above) {
        removeAll();
        form = shown;
        add(above);
        add(shown);
    }

    /** The form shown, if any yet. */
    protected final @Nullable F form() {
        return form;
    }

    protected final void save() {
        F shown = form;
        if (shown == null) {
            return;
        }
        shown.clearProblems();
        if (!shown.checkTyped()) {
            return;
        }
        try {
            saved(store(shown));
        } catch (InvalidInputException invalid) {
            shown.showProblems(invalid.problems()).forEach(problem -> Notifications.errorText(problem.message()));
        } catch (UserFacingException refusal) {
            if ("edit.concurrent".equals(refusal.messageKey())) {
                onConcurrentEdit();
            } else {
                Notifications.error(refusal);
            }
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException(deniedKey));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(pageTitleKey);
    }
}

package fr.centressociaux.portail.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The one way a form shows a service's refusal ({@link InvalidInputException}): each French
 * message next to the field of the same name, found among the form's binders' bindings (the
 * draft's property names) or among fields named with {@link #on}; the first such field gets the
 * focus, problems of no field go to a notification. The problems of a list's rows
 * ({@code days[1].end}) go to the row's own binder ({@link #onRows}). A message goes away as soon as
 * its field changes: the binder validates the field again, and fields named here are cleared on change.
 */
public final class FieldRefusals {

    /** {@code days[2].end}: the list, the row's index, the row's property. */
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(.+)");

    private final List<Binder<?>> binders;
    private final Map<String, Supplier<HasValidation>> named = new LinkedHashMap<>();
    private final Map<String, IntFunction<@Nullable Binder<?>>> rows = new LinkedHashMap<>();
    private final List<HasValidation> clearable = new ArrayList<>();

    public FieldRefusals(Binder<?>... binders) {
        this.binders = List.of(binders);
    }

    /** A field the service names {@code field} but no binder binds under that name. */
    public FieldRefusals on(String field, HasValidation component) {
        return on(field, () -> component, List.of(component));
    }

    /**
     * A problem of {@code field} shows on whichever of {@code components} {@code where} picks when
     * it comes (e.g. the territory or the department, as the scope level chosen says).
     */
    public FieldRefusals on(String field, Supplier<HasValidation> where, List<? extends HasValidation> components) {
        named.put(field, where);
        for (HasValidation component : components) {
            clearable.add(component);
            if (component instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(change -> component.setInvalid(false));
            }
        }
        return this;
    }

    /**
     * Problems of the rows of the list {@code list} ({@code lines[3].count}) show on the field bound
     * to the row's property ({@code count}) by the binder {@code rowBinder} gives for the row's index;
     * null when the form shows no fields for that row (then the problem goes to a notification).
     */
    public FieldRefusals onRows(String list, IntFunction<@Nullable Binder<?>> rowBinder) {
        rows.put(list, rowBinder);
        return this;
    }

    /** Forgets the fields whose names start with {@code prefix}, e.g. the rows of a list laid out again. */
    public void forget(String prefix) {
        named.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** Runs what the person asked for; a refusal shows next to its fields or in a notification. True when done. */
    public boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return true;
        }, Notifications::error).isPresent();
    }

    /** What {@code action} answered, or empty after a refusal, shown next to its fields or by {@code onRefusal}. */
    public <T> Optional<T> attempt(Supplier<T> action, Consumer<UserFacingException> onRefusal) {
        try {
            T done = action.get();
            clear();
            return Optional.of(done);
        } catch (InvalidInputException invalid) {
            show(invalid.problems()).forEach(problem -> Notifications.errorText(problem.message()));
        } catch (UserFacingException refusal) {
            onRefusal.accept(refusal);
        }
        return Optional.empty();
    }

    /** Marks each field in error and focuses the first; returns the problems of no field known here. */
    public List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        List<FieldProblem> elsewhere = new ArrayList<>();
        boolean focused = false;
        for (FieldProblem problem : problems) {
            HasValidation field = field(problem.field());
            if (field == null) {
                elsewhere.add(problem);
                continue;
            }
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        return elsewhere;
    }

    /** Takes away the messages shown by {@link #show} on the fields named here. */
    public void clear() {
        clearable.forEach(field -> field.setInvalid(false));
    }

    private @Nullable HasValidation field(String name) {
        Supplier<HasValidation> where = named.get(name);
        if (where != null) {
            return where.get();
        }
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches() && rows.containsKey(indexed.group(1))) {
            Binder<?> row = rows.get(indexed.group(1)).apply(Integer.parseInt(indexed.group(2)));
            return row == null ? null : bound(List.of(row), indexed.group(3));
        }
        return bound(binders, name);
    }

    private static @Nullable HasValidation bound(List<Binder<?>> binders, String name) {
        return binders.stream().map(binder -> binder.getBinding(name)).flatMap(Optional::stream)
                .map(Binder.Binding::getField).filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .findFirst().orElse(null);
    }
}

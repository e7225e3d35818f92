package fr.centressociaux.portail.centres;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Collects the fields that really changed, as displayed text, for a centre's change history. */
final class ChangeList {

    private final Instant at;
    private final String actor;
    private final List<CentreChange> changes = new ArrayList<>();

    ChangeList(Instant at, String actor) {
        this.at = at;
        this.actor = actor;
    }

    /** {@code field} is a translation key naming the field (e.g. {@code centre.field.name}). */
    ChangeList compare(String field, @Nullable Object before, @Nullable Object after) {
        String was = text(before);
        String is = text(after);
        if (!Objects.equals(was, is)) {
            changes.add(new CentreChange(at, actor, field, was, is));
        }
        return this;
    }

    List<CentreChange> changes() {
        return List.copyOf(changes);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}

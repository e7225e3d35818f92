package fr.centressociaux.portail.meetings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many centres a meeting of this scope and date would invite and, when none, why, as a
 * translation key and its arguments, so the form warns before saving a meeting for nobody.
 */
public record InvitationReach(int centres, @Nullable String whyNobodyKey, List<Object> arguments) {

    public InvitationReach {
        arguments = List.copyOf(arguments);
    }

    public boolean reachesNobody() {
        return centres == 0;
    }
}

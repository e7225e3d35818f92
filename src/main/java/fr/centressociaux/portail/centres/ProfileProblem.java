package fr.centressociaux.portail.centres;

import java.util.List;

/** Why a field of a centre profile is refused: the field's name and a French message key. */
public record ProfileProblem(String field, String messageKey, List<Object> arguments) {

    static ProfileProblem of(String field, String messageKey, Object... arguments) {
        return new ProfileProblem(field, messageKey, List.of(arguments));
    }
}

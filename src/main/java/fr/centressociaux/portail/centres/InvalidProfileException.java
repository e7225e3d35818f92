package fr.centressociaux.portail.centres;

import java.util.List;

import fr.centressociaux.portail.shared.UserFacingException;

/** A profile refused as a whole, with every field's problem so a form can show them all. */
public class InvalidProfileException extends UserFacingException {

    private final List<ProfileProblem> problems;

    InvalidProfileException(List<ProfileProblem> problems) {
        super("centre.profile.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}

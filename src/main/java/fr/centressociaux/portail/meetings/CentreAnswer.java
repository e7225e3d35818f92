package fr.centressociaux.portail.meetings;

/** For one invited centre: how many people it registered and how many were present (0 and 0: no answer). */
public record CentreAnswer(InvitedCentre centre, int listed, int present) {

    public boolean answered() {
        return listed > 0;
    }
}

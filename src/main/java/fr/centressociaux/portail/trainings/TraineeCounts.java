package fr.centressociaux.portail.trainings;

import java.time.Duration;

/**
 * Who took part, counting only people present at least one day: distinct employees and
 * volunteers (a person in two sessions counts once), distinct centres, sessions, and the hours
 * attended added up over everyone (heures stagiaires).
 */
public record TraineeCounts(int employees, int volunteers, int centres, int sessions, Duration attended) {

    public static final TraineeCounts NONE = new TraineeCounts(0, 0, 0, 0, Duration.ZERO);

    public int trainees() {
        return employees + volunteers;
    }
}

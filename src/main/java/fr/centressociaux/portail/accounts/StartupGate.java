package fr.centressociaux.portail.accounts;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether the portal has finished starting. The web server answers before the startup runners
 * (the demo data among them) have run: someone who signed in then would see an empty catalogue,
 * so sign-in waits until Spring Boot declares the portal ready, after the last runner.
 */
@Component
public class StartupGate {

    private final ApplicationAvailability availability;

    StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    public boolean acceptsSignIns() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}

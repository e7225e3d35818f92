package fr.centressociaux.portail.shared;

/**
 * Thrown while the portal starts when it must not run as configured; its message is the one-line
 * reason printed by {@link StartupRefusedFailureAnalyzer}.
 */
public class StartupRefusedException extends RuntimeException {

    public StartupRefusedException(String reason) {
        super(reason);
    }

    public StartupRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

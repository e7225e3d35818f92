package fr.centressociaux.portail.accounts;

import org.springframework.security.authentication.AuthenticationServiceException;

/** A sign-in refused because the portal is still starting (loading its data); see {@link StartupGate}. */
public class StillStartingException extends AuthenticationServiceException {

    StillStartingException() {
        super("The portal is still starting");
    }
}

package fr.centressociaux.portail.accounts;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in person, for views: name, role, sign-out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<AccountPrincipal> get() {
        return authentication.getAuthenticatedUser(AccountPrincipal.class);
    }

    public void signOut() {
        authentication.logout();
    }
}

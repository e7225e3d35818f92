package fr.centressociaux.portail.accounts;

import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in guarded by the login throttle: a locked account, account-and-address pair or
 * address is refused before its password is checked, each failure is counted for all three, and
 * every outcome is audited. Nobody
 * signs in before the portal has finished starting ({@link StartupGate}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final AccountService accountService;
    private final StartupGate startup;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit,
            AccountService accountService, StartupGate startup) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.accountService = accountService;
        this.startup = startup;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!startup.acceptsSignIns()) {
            // Before the password check and the throttle: nobody is counted as failing meanwhile.
            throw new StillStartingException();
        }
        String email = EmailAddresses.normalise(authentication.getName());
        String accountKey = LoginThrottle.accountKey(email);
        String address = remoteAddress(authentication);
        String sourceKey = LoginThrottle.sourceKey(email, address);
        String addressKey = address == null ? null : LoginThrottle.addressKey(address);
        if (throttle.isLocked(sourceKey) || throttle.isLocked(accountKey)
                || (addressKey != null && throttle.isLocked(addressKey))) {
            audit.record(AuditEventType.LOGIN_REFUSED_WHILE_LOCKED, null, email, address);
            throw new LockedException("Too many failed sign-ins");
        }
        try {
            Authentication result = passwords.authenticate(new UsernamePasswordAuthenticationToken(email,
                    authentication.getCredentials()));
            throttle.clear(sourceKey);
            throttle.clear(accountKey);
            accountService.recordSignIn(email);
            audit.record(AuditEventType.LOGIN_SUCCEEDED, email, email, null);
            return result;
        } catch (BadCredentialsException e) {
            boolean locked = throttle.recordFailure(sourceKey) | throttle.recordFailure(accountKey)
                    | (addressKey != null && throttle.recordFailure(addressKey));
            audit.record(AuditEventType.LOGIN_FAILED, null, email, "bad-credentials");
            if (locked) {
                audit.record(AuditEventType.ACCOUNT_LOCKED, null, email, address);
            }
            throw e;
        } catch (DisabledException e) {
            audit.record(AuditEventType.LOGIN_FAILED, null, email, "deactivated");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}

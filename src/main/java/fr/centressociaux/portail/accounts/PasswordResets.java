package fr.centressociaux.portail.accounts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.accounts.internal.OneTimeLinks;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.PortalProperties;
import fr.centressociaux.portail.shared.Texts;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work behind "mot de passe oublié", done after the answer (issue 17 §11): looking the address
 * up, issuing the link and writing the mail to the outbox take longer for an account that exists,
 * so the request only hands the address over, and both kinds of address get the same answer after
 * the same work. One background thread: requests are rate-limited per address before they get here.
 */
@Component
class PasswordResets {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalProperties properties;
    private final Links portalLinks;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "password-resets");
        thread.setDaemon(true);
        return thread;
    });

    PasswordResets(AccountRepository accounts, OneTimeLinks links, Outbox outbox, Texts texts,
            PortalProperties properties, Links portalLinks) {
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.portalLinks = portalLinks;
    }

    /** Mails a reset link, shortly, if an active account has this (normalised) address; nothing otherwise. */
    CompletableFuture<Void> later(String normalisedEmail) {
        return CompletableFuture.runAsync(() -> mailLinkIfActive(normalisedEmail), worker).exceptionally(failure -> {
            LOG.error("Password reset for a requested address failed", failure);
            return null;
        });
    }

    private void mailLinkIfActive(String normalisedEmail) {
        accounts.findByEmail(normalisedEmail).filter(found -> found.getStatus() == AccountStatus.ACTIVE)
                .ifPresent(found -> {
                    String token = links.issue(found.getId(), LinkPurpose.PASSWORD_RESET, properties.resetValidity());
                    outbox.enqueue(new OutgoingMail(found.getEmail(), texts.get("mail.reset.subject"),
                            texts.get("mail.reset.body", found.getDisplayName(),
                                    portalLinks.to("/mot-de-passe/" + token),
                                    properties.resetValidity().toMinutes())));
                });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}

package fr.centressociaux.portail.newsletter;

import fr.centressociaux.portail.support.PortalRuns;

/**
 * One portal node of the crash test, in its own JVM so that it can be killed with SIGKILL: the
 * whole portal on a shared database and SMTP relay, with short leases so a dead node's work is
 * taken over within seconds. Prints {@value #READY} once started, then runs until killed.
 * Arguments: the MongoDB connection string (with its database), the relay's SMTP port.
 */
public final class NewsletterNode {

    static final String READY = "NODE READY";
    /** The outbox workers of a node: a kill may repeat at most one mail per worker. */
    static final int WORKERS = 4;
    /**
     * Leases of the issue writer and the outbox pages: a dead node's work is taken over this long
     * after it died. 3 s was too short on a loaded machine: writing one page of the issue took
     * longer, both nodes lost their claim on the issue in turn and the writing stopped moving.
     */
    static final String LEASE = "10s";

    private NewsletterNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        PortalRuns.start("spring.mongodb.uri=" + args[0], "spring.mail.host=127.0.0.1", "spring.mail.port=" + args[1],
                "portal.mail-outbox.poll-interval=200ms", "portal.mail-outbox.lease=" + LEASE,
                "portal.mail-outbox.workers=" + WORKERS,
                "portal.newsletter.poll-interval=200ms", "portal.newsletter.lease=" + LEASE,
                "portal.newsletter.page-size=250", "logging.level.root=WARN");
        System.out.println(READY);
        Thread.currentThread().join();
    }
}

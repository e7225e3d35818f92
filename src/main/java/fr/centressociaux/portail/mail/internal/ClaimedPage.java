package fr.centressociaux.portail.mail.internal;

import java.util.List;

import fr.centressociaux.portail.mail.OutboxMessage;

/**
 * A queue page a worker holds under its lease, with the messages it still has to send, in the
 * page's order (those already sent, given up or moved to another page are left out).
 */
record ClaimedPage(QueuedPage queued, List<OutboxMessage> messages) {

    ClaimedPage {
        messages = List.copyOf(messages);
    }
}

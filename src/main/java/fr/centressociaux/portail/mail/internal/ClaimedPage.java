package fr.centressociaux.portail.mail.internal;

import java.util.List;

import fr.centressociaux.portail.mail.OutboxMessage;

/**
 * A queue page a worker holds under its lease, with the messages it still has to send, in the
 * page's order (those already sent, given up or moved to another page are left out), and the ids it
 * names that are not in the outbox (yet: the page is written just before its messages).
 */
record ClaimedPage(QueuedPage queued, List<OutboxMessage> messages, List<String> unwritten) {

    ClaimedPage {
        messages = List.copyOf(messages);
        unwritten = List.copyOf(unwritten);
    }
}

/**
 * The weekly newsletter and the lists staff create: subscribers (portal accounts and contacts
 * without an account), their consent per list, segments, issues written in Markdown, and their
 * sending through the mail outbox as one batch per issue, with RFC 8058 one-click unsubscribe,
 * suppression of unsubscribed and bounced addresses, and a delivery report
 * (docs/decisions/DD014-newsletter.md).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.newsletter;

/**
 * UI pieces every feature's views share: page headers, notifications, French date fields, upload,
 * Markdown editing, file links, confirmations, and the extension points through which feature
 * modules add blocks to the home page and to a centre's page.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shared.ui;

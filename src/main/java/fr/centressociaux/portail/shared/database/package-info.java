/**
 * The embedded MongoDB wire-protocol server on a durable H2 file (the default), and the checks that
 * make a misconfigured external MongoDB fail fast with one line of explanation.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shared.database;
